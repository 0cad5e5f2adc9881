using StatementKit.Data;
using StatementKit.Pipeline;
using StatementKit.Text;

namespace StatementKit.Speakers.Coreference;

/// <summary>A name that a pronoun may refer to: where it is, and how many names of other entities stand between.</summary>
internal readonly record struct PronounCandidate(TextSpan Span, int OthersBetween, int EarlierMentions);

/// <summary>
/// The features of a (pronoun, candidate name) pair for the learnt pronoun model, written <c>t=value</c> as the model
/// file lists them. Gender-blind by construction: no feature reads the pronoun's gender or the name's, so the model
/// links by position, syntax and salience, and a pronoun of the other gender still links to its person. The same
/// function serves training (tests/StatementKit.Evaluation, on GAP) and linking, so the two cannot drift apart.
/// </summary>
internal static class PronounFeatures
{
    public static List<string> Of(AnalysisDocument document, StatementKitData data, int pronounToken, PronounCandidate candidate)
    {
        var tokens = document.Tokens;
        var text = document.Text;
        var pronoun = tokens[pronounToken];
        var role = Role(data, text.AsSpan(pronoun.Start, pronoun.Length));
        var before = candidate.Span.End <= pronoun.Start;
        var sentences = Math.Abs(document.SentenceIndexAt(pronoun.Start) - document.SentenceIndexAt(candidate.Span.Start));
        var paragraphs = Math.Abs(document.ParagraphIndexAt(pronoun.Start) - document.ParagraphIndexAt(candidate.Span.Start));
        var first = document.TokenIndexAtOrAfter(candidate.Span.Start);
        var last = Math.Max(first, document.TokenIndexAtOrAfter(candidate.Span.End) - 1);
        var words = Math.Abs(pronounToken - (before ? last : first));
        var candidateOpens = OpensSentence(document, first);
        var pronounOpens = OpensSentence(document, pronounToken);
        var previous = first > 0 ? Word(document, first - 1) : "^";
        var next = last + 1 < tokens.Count ? Word(document, last + 1) : "$";
        var features = new List<string>(16)
        {
            "b=",
            $"r={role}",
            $"d={(before ? "before" : "after")}",
            $"s={Math.Min(sentences, 3)}",
            $"p={Math.Min(paragraphs, 2)}",
            $"w={Bucket(words)}",
            $"o={Math.Min(candidate.OthersBetween, 3)}",
            $"e={Math.Min(candidate.EarlierMentions, 3)}",
            $"c={(candidateOpens ? "opens" : "inside")}",
            $"q={(candidateOpens ? "opens" : "inside")}|{(pronounOpens ? "opens" : "inside")}|{role}",
            $"v={previous}",
            $"n={next}",
            $"x={(before ? "before" : "after")}|{Math.Min(sentences, 3)}|{Math.Min(candidate.OthersBetween, 3)}",
        };
        return features;
    }

    /// <summary>The grammatical role of a pronoun (subject, object, possessive, reflexive): its gender is left out on purpose.</summary>
    public static string Role(StatementKitData data, ReadOnlySpan<char> pronoun)
    {
        var lower = pronoun.ToString().ToLowerInvariant();
        // "her" is object or possessive; the table lists it once: which it is, the next word tells, and both read alike here.
        return lower switch
        {
            "her" => "object-or-possessive",
            "his" or "hers" or "its" or "their" => "possessive",
            _ => data.SubjectPronouns.Contains(lower) ? "subject" : lower.EndsWith("self", StringComparison.Ordinal) ? "reflexive" : "object",
        };
    }

    private static bool OpensSentence(AnalysisDocument document, int token)
    {
        var start = document.Tokens[token].Start;
        var sentence = document.Sentences[document.SentenceIndexAt(start)];
        return document.TokenIndexAtOrAfter(sentence.Start) == token;
    }

    /// <summary>A neighbouring word as a feature value: a short lower-case word as itself, else its shape.</summary>
    private static string Word(AnalysisDocument document, int token)
    {
        var t = document.Tokens[token];
        var chars = document.Text.AsSpan(t.Start, t.Length);
        if (!t.IsWord)
        {
            return chars.Length == 1 ? chars.ToString() : "punct";
        }

        return char.IsUpper(chars[0]) ? "Cap" : chars.Length <= 6 ? chars.ToString() : "long";
    }

    private static string Bucket(int words) => words switch
    {
        <= 2 => "0-2",
        <= 5 => "3-5",
        <= 10 => "6-10",
        <= 20 => "11-20",
        <= 40 => "21-40",
        _ => "41+",
    };
}
