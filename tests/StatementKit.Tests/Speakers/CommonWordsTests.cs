using StatementKit.Data;
using StatementKit.Documents;
using StatementKit.Speakers;
using StatementKit.Text;

namespace StatementKit.Tests.Speakers;

/// <summary>The lower-case words of a document: found in every sorted block, and built under a cancellation token.</summary>
public sealed class CommonWordsTests
{
    [Fact]
    public void A_word_written_in_lower_case_only_past_the_first_block_is_found()
    {
        // 70,000 lower-case words fill more than one block of 65,536; "following" is written in lower case only at the end.
        var reader = Read(string.Concat(Enumerable.Repeat("taxes rise ", 35_000)) + "Following this, prices following.");
        var common = CommonWords.Of(reader, CancellationToken.None);

        Assert.True(common.Contains("Following"));
        Assert.True(common.Contains("taxes"));
        Assert.False(common.Contains("Oslo"));
    }

    [Fact]
    public void Building_stops_when_cancelled()
    {
        var reader = Read("Lars Vik said taxes would rise.");
        Assert.ThrowsAny<OperationCanceledException>(() => CommonWords.Of(reader, new CancellationToken(canceled: true)));
    }

    private static TokenReader Read(string text)
    {
        var document = new DocumentLoader(StatementKitData.Default).Load(Article.FromText(text), CancellationToken.None);
        return new TokenReader(document.Text, document.Tokens);
    }
}
