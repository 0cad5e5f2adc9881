using StatementKit.Neural.Decoding;
using StatementKit.Neural.Tagging;
using StatementKit.Neural.Tokenization;

namespace StatementKit.Neural.Tests.Decoding;

public sealed class SpanDecoderTests
{
    /// <summary>One piece per word, word i at characters [2i, 2i + 1); content tags given as O/B/I letters.</summary>
    private static List<TaggedSpan> DecodeContent(string tags, float confidence = 4f)
    {
        var pieces = tags.Select((_, i) => new WordPiece(1000, 2 * i, 2 * i + 1, i)).ToList();
        var scores = new TagScores(pieces.Count);
        for (var i = 0; i < tags.Length; i++)
        {
            var logits = new float[TagScores.PerPiece];
            logits[(int)Role.Content * TagScores.TagCount + "OBI".IndexOf(tags[i], StringComparison.Ordinal)] = confidence;
            scores.Set(i, logits);
        }

        return SpanDecoder.Decode(scores, pieces, SpanDecoder.WordStarts(pieces), Role.Content);
    }

    [Fact]
    public void Reads_begin_inside_runs_as_spans()
    {
        var spans = DecodeContent("OBIIOBO");
        Assert.Equal([TextSpan.FromBounds(2, 7), TextSpan.FromBounds(10, 11)], spans.Select(s => s.Span));
        Assert.All(spans, s => Assert.InRange(s.Probability, 0.9, 1));
    }

    [Fact]
    public void An_inside_tag_after_outside_never_starts_a_span_by_itself()
    {
        // Argmax would read "I" at word 1 as a span start; the constrained decoder must pick a well-formed path.
        var spans = DecodeContent("OIIO", confidence: 1f);
        Assert.All(spans, s => Assert.True(s.Span.Length > 0));
        foreach (var span in spans)
        {
            Assert.True(span.Span.Start % 2 == 0);
        }
    }

    [Fact]
    public void A_word_is_never_split()
    {
        // Two pieces of one word: the decoder reads words by their first piece.
        var pieces = new List<WordPiece> { new(1, 0, 3, 0), new(2, 3, 6, 0), new(3, 7, 9, 1) };
        var scores = new TagScores(3);
        var begin = new float[TagScores.PerPiece];
        begin[(int)Role.Content * 3 + 1] = 5;
        var outside = new float[TagScores.PerPiece];
        outside[(int)Role.Content * 3] = 5;
        scores.Set(0, begin);
        scores.Set(1, outside);
        scores.Set(2, outside);
        var span = Assert.Single(SpanDecoder.Decode(scores, pieces, SpanDecoder.WordStarts(pieces), Role.Content));
        Assert.Equal(TextSpan.FromBounds(0, 6), span.Span);
    }

    [Fact]
    public void No_words_no_spans() => Assert.Empty(DecodeContent(string.Empty));
}
