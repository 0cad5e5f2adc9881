using StatementKit.Data;
using StatementKit.Learning;
using StatementKit.Pipeline;
using StatementKit.Text;

namespace StatementKit.Quotes;

/// <summary>
/// The features the statement model (<c>statement-model.tsv</c>) reads of a candidate statement: its kind, the rule
/// that found it (through its raw confidence), its cue, the length and edges of its content, where the content stands
/// against the cue and the sentence, and what kind of phrase names the speaker. Shared by the runtime calibrator and
/// the trainer.
/// </summary>
internal static class StatementFeatures
{
    public static void Extract<TSink>(AnalysisDocument document, in TokenReader reader, QuoteCandidate candidate, StatementKitData data, ref TSink sink)
        where TSink : struct, IFeatureSink
    {
        ReadOnlySpan<char> none = default;
        var kind = Kind(candidate);
        var rule = candidate.Confidence.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);
        sink.Add('b', none, none, pair: false);
        sink.Add('k', kind, none, pair: false);
        sink.Add('r', kind, rule, pair: true);

        var cue = CueWord(document.Text, candidate.Cue);
        var lexicon = data.CueVerbs.GetAlternateLookup<ReadOnlySpan<char>>();
        var cueText = candidate.Cue is { } c ? document.Text.AsSpan(c.Start, c.Length) : "none";
        var lexiconValue = candidate.Cue is null ? "none" : lexicon.ContainsKey(cueText) || lexicon.ContainsKey(cue) ? "listed" : "other";
        sink.Add('c', kind, cue, pair: true);
        sink.Add('x', kind, lexiconValue, pair: true);

        var first = document.TokenIndexAtOrAfter(candidate.Content.Start);
        var limit = document.TokenIndexAtOrAfter(candidate.Content.End);
        var words = 0;
        for (var k = first; k < limit; k++)
        {
            words += reader[k].IsWord || reader[k].Kind == TokenKind.Number ? 1 : 0;
        }

        sink.Add('n', kind, LengthBucket(words), pair: true);
        if (first < limit)
        {
            sink.Add('f', kind, Lowered(reader, first), pair: true);
            sink.Add('e', kind, reader.IsPunctuation(limit - 1) ? reader.Chars(limit - 1) : "word", pair: true);
        }

        sink.Add('t', Neighbour(reader, first - 1), Neighbour(reader, limit), pair: true);
        sink.Add('C', cue, Order(candidate), pair: true);
        sink.Add('R', rule, MentionShape(document, reader, candidate.SpeakerMention, data), pair: true);
        sink.Add('o', kind, Order(candidate), pair: true);
        sink.Add('s', kind, SentenceFit(document, candidate.Content), pair: true);
        sink.Add('m', kind, MentionShape(document, reader, candidate.SpeakerMention, data), pair: true);
        sink.Add('q', kind, Characters.HasQuotation(document.Text.AsSpan(candidate.Content.Start, candidate.Content.Length)) ? "quoted" : "plain", pair: true);
    }

    private static string Kind(QuoteCandidate candidate) => candidate.IsNested ? "nested" : candidate.Kind switch
    {
        StatementKind.Direct => "direct",
        StatementKind.Partial => "partial",
        _ => "indirect",
    };

    /// <summary>The cue's last word ("said" of "has said"), or "none".</summary>
    private static ReadOnlySpan<char> CueWord(string text, TextSpan? cue)
    {
        if (cue is not { } span)
        {
            return "none";
        }

        var words = text.AsSpan(span.Start, span.Length).Trim();
        var space = words.LastIndexOf(' ');
        return space >= 0 ? words[(space + 1)..] : words;
    }

    private static ReadOnlySpan<char> Neighbour(in TokenReader reader, int index) =>
        index < 0 ? "<s>" : index >= reader.Count ? "</s>" : Lowered(reader, index);

    private static ReadOnlySpan<char> Lowered(in TokenReader reader, int index) =>
        reader[index].Kind == TokenKind.Number ? "<num>" : reader.IsCapitalised(index) ? "<cap>" : reader.Chars(index);

    private static string LengthBucket(int words) => words switch
    {
        <= 1 => "1",
        2 => "2",
        3 => "3",
        <= 6 => "4-6",
        <= 12 => "7-12",
        <= 25 => "13-25",
        <= 50 => "26-50",
        _ => "51+",
    };

    private static string Order(QuoteCandidate candidate) => candidate.Cue is not { } cue
        ? "no-cue"
        : cue.End <= candidate.Content.Start ? "cue-first" : cue.Start >= candidate.Content.End ? "content-first" : "cue-inside";

    /// <summary>Whether the content starts at its sentence's start and ends at its end.</summary>
    private static string SentenceFit(AnalysisDocument document, TextSpan content)
    {
        var sentence = document.Sentences.Count == 0 ? content : document.Sentences[document.SentenceIndexAt(content.Start)];
        var starts = content.Start - sentence.Start <= 1;
        var ends = sentence.End - content.End <= 2;
        return (starts, ends) switch
        {
            (true, true) => "whole",
            (true, false) => "head",
            (false, true) => "tail",
            _ => "middle",
        };
    }

    private static string MentionShape(AnalysisDocument document, in TokenReader reader, TextSpan? mention, StatementKitData data)
    {
        if (mention is not { } span)
        {
            return "none";
        }

        var first = document.TokenIndexAtOrAfter(span.Start);
        if (first >= reader.Count)
        {
            return "none";
        }

        if (data.Pronouns.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(reader.Chars(first)) && reader[first].End >= span.End)
        {
            return "pronoun";
        }

        return reader.IsCapitalised(first) ? "capital" : "lower";
    }
}
