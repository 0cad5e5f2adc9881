using StatementKit.Data;
using StatementKit.Documents;
using StatementKit.Quotes;

namespace StatementKit.Tests.Quotes;

/// <summary>The rules' reading of a speaker from a cue another proposer found (the accurate mode's tagger).</summary>
public sealed class CueSpeakerReaderTests
{
    private static readonly CueSpeakerReader Reader = new(StatementKitData.Default);

    private static string? SpeakerOf(string text, string cue, string content)
    {
        var document = new DocumentLoader(StatementKitData.Default).Load(Article.FromText(text), default);
        var cueSpan = new TextSpan(text.IndexOf(cue, StringComparison.Ordinal), cue.Length);
        var contentSpan = new TextSpan(text.IndexOf(content, StringComparison.Ordinal), content.Length);
        return Reader.SpeakerOf(document, cueSpan, contentSpan) is { } span ? text.Substring(span.Start, span.Length) : null;
    }

    [Fact]
    public void The_subject_of_a_cue_before_its_content() =>
        Assert.Equal("The finance minister", SpeakerOf("The finance minister said on Monday that taxes will rise.", "said", "taxes will rise"));

    [Fact]
    public void The_phrase_between_a_content_and_its_cue() =>
        Assert.Equal("Anna Berg", SpeakerOf("Taxes will rise next year, Anna Berg said.", "said", "Taxes will rise next year"));

    [Fact]
    public void The_phrase_after_an_inverted_cue() =>
        Assert.Equal("Anna Berg", SpeakerOf("“Taxes will rise,” said Anna Berg.", "said", "Taxes will rise"));

    [Fact]
    public void The_sentence_subject_of_a_gerund_cue() =>
        Assert.Equal("The union", SpeakerOf("The union rejected the offer on Friday, saying that wages must rise.", "saying", "wages must rise"));

    [Fact]
    public void The_phrase_after_according_to() =>
        Assert.Equal("the police", SpeakerOf("Two people were hurt, according to the police.", "according to", "Two people were hurt"));

    [Fact]
    public void Nothing_for_a_cue_outside_the_text_or_empty() =>
        Assert.Null(SpeakerOf("Taxes will rise.", "", "Taxes will rise"));
}
