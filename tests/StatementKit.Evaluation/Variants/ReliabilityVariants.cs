using System.Globalization;
using System.Text.Json;

namespace StatementKit.Evaluation.Variants;

/// <summary>What one variant is, and what the flags should say about it.</summary>
internal enum VariantKind
{
    /// <summary>One sourcing sentence naming a state outlet inserted: state-media-origin should be raised.</summary>
    StateMedia,

    /// <summary>The same sentence naming an independent outlet: state-media-origin should not be raised.</summary>
    NearMiss,

    /// <summary>The untouched article (for outlet flags: no sentence inserted).</summary>
    Original,

    /// <summary>About half of one person's surely-attributed pronouns flipped: pronoun-gender-conflict should be raised.</summary>
    PronounsHalf,

    /// <summary>All of them flipped.</summary>
    PronounsAll,

    /// <summary>The untouched article that pronoun variants were made from: pronoun-gender-conflict should not be raised.</summary>
    PronounOriginal,
}

/// <summary>One generated variant with its truth.</summary>
internal sealed record Variant(string Id, VariantKind Kind, Article Article, string Note, IReadOnlyList<TextSpan> Flipped);

/// <summary>The figures of one run, as the gate compares them.</summary>
internal sealed record VariantReport(string Split, int StateVariants, double StateMediaRecall, int NearMisses, double NearMissFlagRate,
    double RelayRecall, int Originals, double OriginalStateMediaRate, int PronounArticles, double PronounHalfRecall, double PronounAllRecall,
    double PronounOriginalRate, double PronounHalfLocated, double PronounAllLocated);

/// <summary>
/// The reliability-variants dev set: generated at run time from PolNeAR (train for tuning, dev for measuring) and the
/// Readability test pages, never stored. Prints recall and false-positive rate per flag and gates them against a
/// baseline. Usage: <c>--reliability-variants [--split dev] [--pages DIR] [--json FILE] [--gate FILE] [--errors N]</c>.
/// </summary>
internal static class ReliabilityVariants
{
    private const double Tolerance = 0.02;
    private const int SentencesPerArticle = 3;

    public static int Run(IStatementAnalyzer analyzer, string root, string split, string pagesRoot, string? jsonPath, string? gatePath, int errors)
    {
        var articles = BratCorpus.Load(root, split).ToList();
        var pages = split == "dev" && Directory.Exists(pagesRoot)
            ? Directory.EnumerateDirectories(pagesRoot).Order(StringComparer.Ordinal).Where(d => File.Exists(Path.Combine(d, "source.html"))).ToList()
            : [];
        var variants = Generate(articles, pages).ToList();
        var outcomes = variants.Select(v => (Variant: v, Analysis: analyzer.Analyze(v.Article))).ToList();

        double Rate(VariantKind kind, Func<ArticleAnalysis, Variant, bool> hit)
        {
            var of = outcomes.Where(o => o.Variant.Kind == kind).ToList();
            return of.Count == 0 ? 0 : Math.Round((double)of.Count(o => hit(o.Analysis, o.Variant)) / of.Count, 4);
        }

        static bool Has(ArticleAnalysis a, string code) => a.Reliability.Flags.Any(f => f.Code == code);
        static bool Located(ArticleAnalysis a, Variant v) => a.Reliability.Flags.Any(f => f.Code == "pronoun-gender-conflict"
            && f.Evidence.Any(e => v.Flipped.Any(p => p.Start == e.Start)));
        int Count(VariantKind kind) => outcomes.Count(o => o.Variant.Kind == kind);

        var report = new VariantReport(split,
            Count(VariantKind.StateMedia), Rate(VariantKind.StateMedia, (a, _) => Has(a, "state-media-origin")),
            Count(VariantKind.NearMiss), Rate(VariantKind.NearMiss, (a, _) => Has(a, "state-media-origin")),
            Math.Round((Rate(VariantKind.StateMedia, (a, _) => Has(a, "secondhand-attribution")) + Rate(VariantKind.NearMiss, (a, _) => Has(a, "secondhand-attribution"))) / 2, 4),
            Count(VariantKind.Original), Rate(VariantKind.Original, (a, _) => Has(a, "state-media-origin")),
            Count(VariantKind.PronounOriginal), Rate(VariantKind.PronounsHalf, (a, _) => Has(a, "pronoun-gender-conflict")),
            Rate(VariantKind.PronounsAll, (a, _) => Has(a, "pronoun-gender-conflict")),
            Rate(VariantKind.PronounOriginal, (a, _) => Has(a, "pronoun-gender-conflict")),
            Rate(VariantKind.PronounsHalf, Located), Rate(VariantKind.PronounsAll, Located));
        Print(report);
        if (errors > 0)
        {
            PrintMisses(outcomes, errors);
        }

        if (jsonPath is not null)
        {
            File.WriteAllText(jsonPath, JsonSerializer.Serialize(report, Report.JsonOptions));
        }

        return gatePath is null ? 0 : Gate(report, JsonSerializer.Deserialize<VariantReport>(File.ReadAllText(gatePath), Report.JsonOptions)!);
    }

    private static IEnumerable<Variant> Generate(IReadOnlyList<GoldArticle> articles, IReadOnlyList<string> pages)
    {
        var phrasings = SourcingSentences.Phrasings;
        var state = SourcingSentences.StateOutlets;
        var independent = SourcingSentences.IndependentOutlets;
        var clauses = SourcingSentences.Clauses;
        var n = 0;
        var documents = articles.Select(a => (a.Name, Text: a.Text, Html: false))
            .Concat(pages.Select(p => (Name: Path.GetFileName(p), Text: File.ReadAllText(Path.Combine(p, "source.html")), Html: true)))
            .ToList();
        var expected = pages.ToDictionary(p => Path.GetFileName(p), p => File.Exists(Path.Combine(p, "expected.html"))
            ? Words(File.ReadAllText(Path.Combine(p, "expected.html"))) : null, StringComparer.Ordinal);
        foreach (var (name, text, html) in documents)
        {
            yield return new Variant(name, VariantKind.Original, Make(text, html), "original", []);
            for (var s = 0; s < SentencesPerArticle; s++, n++)
            {
                var phrasing = phrasings[n % phrasings.Length];
                var clause = clauses[n % clauses.Length];
                var stateSentence = SourcingSentences.Write(phrasing, state[n % state.Length], clause);
                var nearSentence = SourcingSentences.Write(phrasing, independent[n % independent.Length], clause);
                yield return new Variant(name, VariantKind.StateMedia, Make(Insert(text, stateSentence, html, n, expected.GetValueOrDefault(name)), html), stateSentence, []);
                yield return new Variant(name, VariantKind.NearMiss, Make(Insert(text, nearSentence, html, n, expected.GetValueOrDefault(name)), html), nearSentence, []);
            }
        }

        foreach (var article in articles)
        {
            if (PronounFlips.SurestChain(article) is not { } chain)
            {
                continue;
            }

            yield return new Variant(article.Name, VariantKind.PronounOriginal, Article.FromText(article.Text), chain.Person, []);
            var (half, halfSpans) = PronounFlips.Flip(article.Text, chain, all: false);
            yield return new Variant(article.Name, VariantKind.PronounsHalf, Article.FromText(half), $"{chain.Person}: {halfSpans.Count} of {chain.Pronouns.Count} flipped", halfSpans);
            var (all, allSpans) = PronounFlips.Flip(article.Text, chain, all: true);
            yield return new Variant(article.Name, VariantKind.PronounsAll, Article.FromText(all), $"{chain.Person}: all {allSpans.Count} flipped", allSpans);
        }
    }

    private static Article Make(string text, bool html) => html ? Article.FromHtml(text) : Article.FromText(text);

    /// <summary>
    /// The sentence as a paragraph of its own after a paragraph chosen from <paramref name="seed"/> (never the headline).
    /// In a page it follows a paragraph of the article itself (one whose words Readability's expected content holds):
    /// a sentence put into a sidebar or a comment is rightly left out of the analysis, and would measure nothing.
    /// </summary>
    private static string Insert(string text, string sentence, bool html, int seed, string? mainContentWords)
    {
        if (html)
        {
            var ends = AllIndexes(text, "</p>");
            if (mainContentWords is not null)
            {
                var inContent = ends.Where(end => InMainContent(text, end, mainContentWords)).ToList();
                ends = inContent.Count > 0 ? inContent : ends;
            }

            if (ends.Count == 0)
            {
                var body = text.IndexOf("</body>", StringComparison.OrdinalIgnoreCase);
                return body < 0 ? text + $"<p>{sentence}</p>" : text.Insert(body, $"<p>{sentence}</p>");
            }

            var at = ends[ends.Count / 3 + seed % Math.Max(1, ends.Count / 3)] + 4;
            return text.Insert(at, $"\n<p>{sentence}</p>");
        }

        var breaks = AllIndexes(text, "\n").Where(i => i > 0 && text[i - 1] != '\n').ToList();
        if (breaks.Count < 2)
        {
            return text + "\n\n" + sentence + "\n";
        }

        var position = breaks[1 + seed % (breaks.Count - 1)];
        return text.Insert(position, "\n\n" + sentence);
    }

    /// <summary>Whether the paragraph ending at <paramref name="end"/> holds text, all of it in the main content.</summary>
    private static bool InMainContent(string html, int end, string mainContentWords)
    {
        var start = html.LastIndexOf("<p", end, StringComparison.OrdinalIgnoreCase);
        if (start < 0)
        {
            return false;
        }

        var words = Words(html[start..end]);
        return words.Length >= 20 && mainContentWords.Contains(words, StringComparison.Ordinal);
    }

    /// <summary>The words of an HTML fragment, tags and entities left out, one space between.</summary>
    private static string Words(string html)
    {
        var text = System.Text.RegularExpressions.Regex.Replace(html, "<[^>]*>|&[#a-zA-Z0-9]+;", " ");
        return string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    private static List<int> AllIndexes(string text, string value)
    {
        var found = new List<int>();
        for (var i = text.IndexOf(value, StringComparison.OrdinalIgnoreCase); i >= 0; i = text.IndexOf(value, i + value.Length, StringComparison.OrdinalIgnoreCase))
        {
            found.Add(i);
        }

        return found;
    }

    private static void Print(VariantReport r)
    {
        var c = CultureInfo.InvariantCulture;
        Console.WriteLine($"Reliability variants ({r.Split}): {r.StateVariants} state-media insertions, {r.NearMisses} near misses, {r.Originals} originals, {r.PronounArticles} articles with pronoun variants");
        Console.WriteLine();
        Console.WriteLine("| flag | variants | measure | value |");
        Console.WriteLine("|---|---|---|---|");
        Console.WriteLine(string.Create(c, $"| state-media-origin | state outlet inserted ({r.StateVariants}) | recall | {r.StateMediaRecall:F3} |"));
        Console.WriteLine(string.Create(c, $"| state-media-origin | independent outlet inserted ({r.NearMisses}) | flagged | {r.NearMissFlagRate:F3} |"));
        Console.WriteLine(string.Create(c, $"| state-media-origin | untouched ({r.Originals}) | flagged | {r.OriginalStateMediaRate:F3} |"));
        Console.WriteLine(string.Create(c, $"| secondhand-attribution | any outlet inserted ({r.StateVariants + r.NearMisses}) | recall | {r.RelayRecall:F3} |"));
        Console.WriteLine(string.Create(c, $"| pronoun-gender-conflict | half flipped ({r.PronounArticles}) | recall (at a flipped pronoun) | {r.PronounHalfRecall:F3} ({r.PronounHalfLocated:F3}) |"));
        Console.WriteLine(string.Create(c, $"| pronoun-gender-conflict | all flipped ({r.PronounArticles}) | recall (at a flipped pronoun) | {r.PronounAllRecall:F3} ({r.PronounAllLocated:F3}) |"));
        Console.WriteLine(string.Create(c, $"| pronoun-gender-conflict | untouched ({r.PronounArticles}) | flagged | {r.PronounOriginalRate:F3} |"));
    }

    private static void PrintMisses(List<(Variant Variant, ArticleAnalysis Analysis)> outcomes, int limit)
    {
        Console.WriteLine();
        foreach (var (kind, code, expected) in new[]
        {
            (VariantKind.StateMedia, "state-media-origin", true), (VariantKind.NearMiss, "state-media-origin", false),
            (VariantKind.Original, "state-media-origin", false), (VariantKind.PronounsHalf, "pronoun-gender-conflict", true),
            (VariantKind.PronounsAll, "pronoun-gender-conflict", true), (VariantKind.PronounOriginal, "pronoun-gender-conflict", false),
        })
        {
            var wrong = outcomes.Where(o => o.Variant.Kind == kind && o.Analysis.Reliability.Flags.Any(f => f.Code == code) != expected).Take(limit).ToList();
            Console.WriteLine($"{kind}: {(expected ? "missed" : "flagged")} {wrong.Count}{(wrong.Count == limit ? "+" : string.Empty)}");
            foreach (var (variant, analysis) in wrong)
            {
                var flag = analysis.Reliability.Flags.FirstOrDefault(f => f.Code == code);
                Console.WriteLine($"  {variant.Id}: {variant.Note}{(flag is null ? string.Empty : " → " + flag.Message)}");
                foreach (var span in variant.Flipped)
                {
                    // How the analysis read each flipped pronoun: the speaker it was resolved to, by which method.
                    var statement = analysis.Statements.FirstOrDefault(s => s.Speaker?.Mention is { } m && m.Start == span.Start);
                    Console.WriteLine(statement?.Speaker is { } speaker
                        ? $"    flipped pronoun at {span.Start}: speaker {speaker.Name} ({speaker.Method}, {speaker.Confidence:F2})"
                        : $"    flipped pronoun at {span.Start}: not read as a speaker");
                }
            }
        }
    }

    private static int Gate(VariantReport report, VariantReport baseline)
    {
        var failures = new List<string>();
        void AtLeast(string name, double value, double floor)
        {
            if (value < floor - Tolerance)
            {
                failures.Add(string.Create(CultureInfo.InvariantCulture, $"{name} {value:F3} < baseline {floor:F3}"));
            }
        }

        void AtMost(string name, double value, double ceiling)
        {
            if (value > ceiling + Tolerance)
            {
                failures.Add(string.Create(CultureInfo.InvariantCulture, $"{name} {value:F3} > baseline {ceiling:F3}"));
            }
        }

        AtLeast("state-media recall", report.StateMediaRecall, baseline.StateMediaRecall);
        AtMost("state-media on near misses", report.NearMissFlagRate, baseline.NearMissFlagRate);
        AtMost("state-media on originals", report.OriginalStateMediaRate, baseline.OriginalStateMediaRate);
        AtLeast("relay recall", report.RelayRecall, baseline.RelayRecall);
        AtLeast("pronoun recall (half)", report.PronounHalfRecall, baseline.PronounHalfRecall);
        AtLeast("pronoun recall (all)", report.PronounAllRecall, baseline.PronounAllRecall);
        AtMost("pronoun flag on originals", report.PronounOriginalRate, baseline.PronounOriginalRate);
        Console.WriteLine(failures.Count == 0 ? "gate: passed (reliability variants)" : "gate: FAILED (reliability variants): " + string.Join("; ", failures));
        return failures.Count == 0 ? 0 : 1;
    }
}
