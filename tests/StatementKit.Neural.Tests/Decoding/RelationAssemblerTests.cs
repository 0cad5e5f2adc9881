using StatementKit.Neural.Decoding;
using StatementKit.Pipeline;

namespace StatementKit.Neural.Tests.Decoding;

public sealed class RelationAssemblerTests
{
    private static TaggedSpan At(string text, string fragment, int occurrence = 0)
    {
        var index = -1;
        for (var i = 0; i <= occurrence; i++)
        {
            index = text.IndexOf(fragment, index + 1, StringComparison.Ordinal);
        }

        return new TaggedSpan(new TextSpan(index, fragment.Length), 0.9);
    }

    private static string Slice(string text, TextSpan? span) => span is { } s ? text.Substring(s.Start, s.Length) : "-";

    [Fact]
    public void A_quote_split_by_its_attribution_is_one_statement_with_that_speaker()
    {
        const string text = "“We are open,” Anna Berg said, “and will stay open.”";
        var statement = Assert.Single(RelationAssembler.Assemble(text, [At(text, "said")], [At(text, "Anna Berg")],
            [At(text, "“We are open,”"), At(text, "“and will stay open.”")], new NeuralTaggerOptions()));
        Assert.Equal(StatementKind.Direct, statement.Kind);
        Assert.Equal("We are open,” Anna Berg said, “and will stay open.", Slice(text, statement.Content));
        Assert.Equal("Anna Berg", Slice(text, statement.SpeakerMention));
        Assert.Equal("said", Slice(text, statement.Cue));
    }

    [Fact]
    public void Contents_split_by_a_cue_that_interrupts_nothing_stay_two_statements()
    {
        // "X said A and argued B" holds two statements: only an attribution set off on both sides interrupts one.
        const string text = "Berg said taxes will rise and argued that wages will fall";
        var statements = RelationAssembler.Assemble(text, [At(text, "said"), At(text, "argued")], [At(text, "Berg")],
            [At(text, "taxes will rise"), At(text, "wages will fall")], new NeuralTaggerOptions());
        Assert.Equal(["taxes will rise", "wages will fall"], statements.Select(s => Slice(text, s.Content)));
    }

    [Fact]
    public void An_attribution_set_off_by_commas_inside_reported_speech_joins_its_pieces()
    {
        const string text = "The plan, Berg argued, will fail.";
        var statement = Assert.Single(RelationAssembler.Assemble(text, [At(text, "argued")], [At(text, "Berg")],
            [At(text, "The plan,"), At(text, "will fail.")], new NeuralTaggerOptions()));
        Assert.Equal("The plan, Berg argued, will fail.", Slice(text, statement.Content));
    }

    [Fact]
    public void Contents_of_two_sentences_are_never_joined()
    {
        const string text = "Berg said taxes rise. Vik said they fall.";
        var statements = RelationAssembler.Assemble(text, [At(text, "said"), At(text, "said", 1)], [At(text, "Berg"), At(text, "Vik")],
            [At(text, "taxes rise"), At(text, "they fall")], new NeuralTaggerOptions());
        Assert.Equal(["taxes rise", "they fall"], statements.Select(s => Slice(text, s.Content)));
        Assert.Equal(["Berg", "Vik"], statements.Select(s => Slice(text, s.SpeakerMention)));
        Assert.All(statements, s => Assert.Equal(StatementKind.Indirect, s.Kind));
    }

    [Fact]
    public void A_cue_in_another_paragraph_is_not_taken()
    {
        const string text = "Berg said so.\nTaxes will rise";
        var statement = Assert.Single(RelationAssembler.Assemble(text, [At(text, "said")], [At(text, "Berg")], [At(text, "Taxes will rise")], new NeuralTaggerOptions()));
        Assert.Null(statement.Cue);
        Assert.Null(statement.SpeakerMention);
    }

    [Fact]
    public void Unlikely_or_wordless_contents_are_dropped()
    {
        const string text = "Berg said “…” and more";
        var options = new NeuralTaggerOptions();
        Assert.Empty(RelationAssembler.Assemble(text, [], [], [At(text, "“…”")], options));
        Assert.Empty(RelationAssembler.Assemble(text, [], [], [new TaggedSpan(At(text, "and more").Span, 0.1)], options));
    }
}
