namespace StatementKit.Evaluation;

/// <summary>Gold type of a relation, from its quote marks.</summary>
internal enum GoldType
{
    Direct,
    Partial,
    Indirect,
}

/// <summary>A predicted statement as the scorer sees it.</summary>
internal sealed record Prediction(TextSpan Content, TextSpan? Mention, string Text, string? Speaker, string Kind, string Cue, string Method = "-")
{
    public double Confidence { get; init; } = 1;

    public double? SpeakerConfidence { get; init; }

    public StatementType Type { get; init; }
}

/// <summary>
/// What became of one prediction: matched one-to-one to a gold relation or not, and, where it matched a relation with
/// a gold source and has a speaker, whether the speaker is right (calibration and the typed scores read these).
/// </summary>
internal sealed record Outcome(Prediction Predicted, bool Matched, bool? SpeakerRight);

/// <summary>The outcome of matching one article.</summary>
internal sealed record ArticleScore(string Name, int Gold, int Predicted, int Matched, int MatchedWithGoldSource, int SourceCorrect,
    int EndToEnd, Dictionary<GoldType, (int Total, int Found)> ByType, Dictionary<GoldType, (int WithSource, int Correct)> SourceByType, List<string> Misses, List<string> FalsePositives, List<(string Cue, bool Matched)> Cues,
    MissCauses Causes)
{
    /// <summary>Each matched pair: the gold relation and the prediction it matched one-to-one.</summary>
    public IReadOnlyList<(GoldRelation Gold, Prediction Predicted)> Pairs { get; init; } = [];

    /// <summary>Each prediction's outcome, in prediction order.</summary>
    public IReadOnlyList<Outcome> Outcomes { get; init; } = [];

    /// <summary>Each gold relation and whether a prediction matched it, in gold order.</summary>
    public IReadOnlyList<(GoldRelation Gold, bool Found)> GoldFound { get; init; } = [];
}

/// <summary>
/// Why unmatched items did not match: nothing of the other side overlaps them (detection), something overlaps but below
/// the threshold (boundaries), or their best partner went to another item (one-to-one).
/// </summary>
internal sealed record MissCauses(int GoldUnseen, int GoldBoundary, int GoldTaken, int PredictedUnseen, int PredictedBoundary, int PredictedTaken)
{
    public static MissCauses operator +(MissCauses a, MissCauses b) => new(a.GoldUnseen + b.GoldUnseen, a.GoldBoundary + b.GoldBoundary,
        a.GoldTaken + b.GoldTaken, a.PredictedUnseen + b.PredictedUnseen, a.PredictedBoundary + b.PredictedBoundary, a.PredictedTaken + b.PredictedTaken);
}

/// <summary>
/// The protocol: content as the set of its characters less white space and quote marks; greedy one-to-one matching
/// by descending Jaccard, a pair matching at 0.5 or more; a source is right when the predicted speaker mention
/// overlaps the gold source span.
/// </summary>
internal static class Scorer
{
    private const double MatchThreshold = 0.5;
    private const string QuoteMarks = "\"“”‘’'«»„";

    public static ArticleScore Score(GoldArticle article, IReadOnlyList<Prediction> predictions)
    {
        var gold = article.Relations.Select(r => Characters(article.Text, r.Content)).ToList();
        var predicted = predictions.Select(p => Characters(article.Text, [p.Content])).ToList();

        var pairs = new List<(double Jaccard, int Gold, int Predicted)>();
        var goldBest = new double[gold.Count];
        var goldPartner = Enumerable.Repeat(-1, gold.Count).ToArray();
        var predictedBest = new double[predicted.Count];
        for (var g = 0; g < gold.Count; g++)
        {
            for (var p = 0; p < predicted.Count; p++)
            {
                var jaccard = Jaccard(gold[g], predicted[p]);
                if (jaccard > goldBest[g])
                {
                    goldBest[g] = jaccard;
                    goldPartner[g] = p;
                }

                predictedBest[p] = Math.Max(predictedBest[p], jaccard);
                if (jaccard >= MatchThreshold)
                {
                    pairs.Add((jaccard, g, p));
                }
            }
        }

        // Greedy one-to-one by descending Jaccard; ties by position for determinism.
        pairs.Sort((a, b) => b.Jaccard != a.Jaccard ? b.Jaccard.CompareTo(a.Jaccard) : a.Gold != b.Gold ? a.Gold.CompareTo(b.Gold) : a.Predicted.CompareTo(b.Predicted));
        var goldMatch = Enumerable.Repeat(-1, gold.Count).ToArray();
        var predictedMatched = new bool[predicted.Count];
        foreach (var (_, g, p) in pairs)
        {
            if (goldMatch[g] < 0 && !predictedMatched[p])
            {
                goldMatch[g] = p;
                predictedMatched[p] = true;
            }
        }

        int matched = 0, withSource = 0, sourceCorrect = 0, endToEnd = 0;
        var byType = Enum.GetValues<GoldType>().ToDictionary(t => t, _ => (Total: 0, Found: 0));
        var sourceByType = Enum.GetValues<GoldType>().ToDictionary(t => t, _ => (WithSource: 0, Correct: 0));
        var misses = new List<string>();
        var speakerRight = new bool?[predicted.Count];
        for (var g = 0; g < gold.Count; g++)
        {
            var relation = article.Relations[g];
            var type = TypeOf(relation.ContentText);
            var entry = byType[type];
            byType[type] = (entry.Total + 1, entry.Found + (goldMatch[g] >= 0 ? 1 : 0));
            if (goldMatch[g] < 0)
            {
                if (relation.Content[0].End <= article.Text.Length)
                {
                    var cue = string.Join(" ", relation.Cue.Where(c => c.End <= article.Text.Length).Select(c => article.Text.Substring(c.Start, c.Length)));
                    var partner = goldPartner[g] >= 0 ? $" | predicted: {Shorten(predictions[goldPartner[g]].Text, 200)}" : string.Empty;
                    misses.Add($"[{type}] cue '{cue}' (best Jaccard {goldBest[g]:F2}): {Context(article.Text, relation.Content[0])}{partner}");
                }

                continue;
            }

            matched++;
            var prediction = predictions[goldMatch[g]];
            var sourceRight = relation.Source.Count == 0 || prediction.Mention is { } mention && relation.Source.Any(s => s.Overlaps(mention));
            if (relation.Source.Count > 0)
            {
                withSource++;
                sourceCorrect += sourceRight ? 1 : 0;
                speakerRight[goldMatch[g]] = prediction.SpeakerConfidence is null ? null : sourceRight;
                var bucket = sourceByType[type];
                sourceByType[type] = (bucket.WithSource + 1, bucket.Correct + (sourceRight ? 1 : 0));
                if (!sourceRight)
                {
                    var goldSource = string.Join(" ", relation.Source.Where(s => s.End <= article.Text.Length).Select(s => article.Text.Substring(s.Start, s.Length)));
                    var predictedMention = prediction.Mention is { } m && m.End <= article.Text.Length ? article.Text.Substring(m.Start, m.Length) : "-";
                    misses.Add($"[source] gold '{goldSource}' but predicted '{prediction.Speaker ?? "(none)"}' (mention '{predictedMention}') for: {Shorten(prediction.Text)}");
                }
            }

            endToEnd += sourceRight ? 1 : 0;
        }

        var falsePositives = predictions.Where((_, p) => !predictedMatched[p]).Select(p => $"[{p.Kind}] {Context(article.Text, p.Content)}").ToList();
        var cues = predictions.Select((p, i) => (p.Kind + " " + p.Cue.ToLowerInvariant(), predictedMatched[i])).ToList();
        var causes = new MissCauses(
            goldMatch.Where((m, g) => m < 0 && goldBest[g] == 0).Count(),
            goldMatch.Where((m, g) => m < 0 && goldBest[g] is > 0 and < MatchThreshold).Count(),
            goldMatch.Where((m, g) => m < 0 && goldBest[g] >= MatchThreshold).Count(),
            predictedMatched.Where((m, p) => !m && predictedBest[p] == 0).Count(),
            predictedMatched.Where((m, p) => !m && predictedBest[p] is > 0 and < MatchThreshold).Count(),
            predictedMatched.Where((m, p) => !m && predictedBest[p] >= MatchThreshold).Count());
        return new ArticleScore(article.Name, gold.Count, predicted.Count, matched, withSource, sourceCorrect, endToEnd, byType, sourceByType, misses, falsePositives, cues, causes)
        {
            Pairs = goldMatch.Select((p, g) => (p, g)).Where(x => x.p >= 0).Select(x => (article.Relations[x.g], predictions[x.p])).ToList(),
            Outcomes = predictions.Select((p, i) => new Outcome(p, predictedMatched[i], speakerRight[i])).ToList(),
            GoldFound = article.Relations.Select((r, g) => (r, goldMatch[g] >= 0)).ToList(),
        };
    }

    public static GoldType TypeOf(string content)
    {
        var trimmed = content.Trim();
        if (trimmed.Length >= 2 && QuoteMarks.Contains(trimmed[0], StringComparison.Ordinal) && QuoteMarks.Contains(trimmed[^1], StringComparison.Ordinal))
        {
            return GoldType.Direct;
        }

        return trimmed.Any(c => QuoteMarks.Contains(c, StringComparison.Ordinal) && c != '\'' && c != '’') ? GoldType.Partial : GoldType.Indirect;
    }

    private static HashSet<int> Characters(string text, IEnumerable<TextSpan> pieces)
    {
        var set = new HashSet<int>();
        foreach (var piece in pieces)
        {
            for (var i = piece.Start; i < piece.End && i < text.Length; i++)
            {
                if (!char.IsWhiteSpace(text[i]) && !QuoteMarks.Contains(text[i], StringComparison.Ordinal))
                {
                    set.Add(i);
                }
            }
        }

        return set;
    }

    private static double Jaccard(HashSet<int> a, HashSet<int> b)
    {
        if (a.Count == 0 || b.Count == 0)
        {
            return 0;
        }

        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        var intersection = small.Count(large.Contains);
        return intersection == 0 ? 0 : (double)intersection / (a.Count + b.Count - intersection);
    }

    private static string Context(string text, TextSpan span)
    {
        var start = Math.Max(0, span.Start - 60);
        var end = Math.Min(text.Length, span.End + 40);
        return Shorten(text[start..span.Start] + "⟦" + text[span.Start..Math.Min(span.End, text.Length)] + "⟧" + text[Math.Min(span.End, text.Length)..end], 400);
    }

    private static string Shorten(string text, int width = 160)
    {
        var flat = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return flat.Length <= width ? flat : flat[..(width - 1)] + "…";
    }
}
