using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using AngleSharp.Html.Parser;

namespace StatementKit.Evaluation;

/// <summary>
/// Scores main-content and metadata extraction on saved web pages laid out as Mozilla Readability's test pages
/// (<c>DIR/NAME/source.html</c>, <c>expected.html</c>, <c>expected-metadata.json</c>): per page the word-token F1 of the
/// analysed text against the text of <c>expected.html</c>, and whether title, byline and site name equal the expected
/// ones (white space collapsed; both missing counts as equal), then the averages.
/// </summary>
internal static class PageEvaluation
{
    public static int Run(string root, bool printEntities = false)
    {
        if (!Directory.Exists(root))
        {
            Console.WriteLine($"No pages at {Path.GetFullPath(root)}: nothing to evaluate.");
            return 0;
        }

        var analyzer = StatementAnalyzer.CreateDefault();
        var parser = new HtmlParser();
        var pages = Directory.GetDirectories(root).Where(d => File.Exists(Path.Combine(d, "source.html"))).Order(StringComparer.Ordinal).ToList();
        double f1Sum = 0;
        int titles = 0, bylines = 0, siteNames = 0;
        Console.WriteLine($"{"page",-22} {"F1",6} {"P",6} {"R",6} {"ms",6}  title byline site");
        foreach (var page in pages)
        {
            var source = File.ReadAllText(Path.Combine(page, "source.html"));
            var expectedText = parser.ParseDocument(File.ReadAllText(Path.Combine(page, "expected.html"))).Body?.TextContent ?? string.Empty;
            using var metadata = JsonDocument.Parse(File.ReadAllText(Path.Combine(page, "expected-metadata.json")));
            var watch = Stopwatch.StartNew();
            var analysis = analyzer.Analyze(Article.FromHtml(source));
            watch.Stop();
            var (precision, recall, f1) = WordF1(Words(analysis.Text), Words(expectedText));
            var title = Same(Expected(metadata, "title"), analysis.Metadata.Title);
            var byline = Same(Expected(metadata, "byline"), analysis.Metadata.Byline);
            var siteName = Same(Expected(metadata, "siteName"), analysis.Metadata.SiteName);
            f1Sum += f1;
            titles += title ? 1 : 0;
            bylines += byline ? 1 : 0;
            siteNames += siteName ? 1 : 0;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{Path.GetFileName(page),-22} {f1,6:F3} {precision,6:F3} {recall,6:F3} {watch.ElapsedMilliseconds,6}  {Mark(title),-5} {Mark(byline),-6} {Mark(siteName)}"));
            if (printEntities)
            {
                PrintEntities(analysis);
            }

            if (!title)
            {
                Console.WriteLine($"    title:  expected «{Expected(metadata, "title")}», got «{analysis.Metadata.Title}»");
            }

            if (!byline)
            {
                Console.WriteLine($"    byline: expected «{Expected(metadata, "byline")}», got «{analysis.Metadata.Byline}»");
            }

            if (!siteName)
            {
                Console.WriteLine($"    site:   expected «{Expected(metadata, "siteName")}», got «{analysis.Metadata.SiteName}»");
            }
        }

        var n = Math.Max(1, pages.Count);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{pages.Count} pages: mean word F1 {f1Sum / n:F3}; title {titles}/{pages.Count} ({100.0 * titles / n:F0}%), byline {bylines}/{pages.Count}, site name {siteNames}/{pages.Count}"));
        return 0;
    }

    private static string Mark(bool ok) => ok ? "ok" : "MISS";

    private static string? Expected(JsonDocument metadata, string name) =>
        metadata.RootElement.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static bool Same(string? expected, string? actual) => string.Equals(Collapse(expected), Collapse(actual), StringComparison.Ordinal);

    private static string? Collapse(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Lower-cased runs of letters and digits.</summary>
    internal static List<string> Words(string text)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(char.ToLowerInvariant(c));
            }
            else if (word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }

        if (word.Length > 0)
        {
            words.Add(word.ToString());
        }

        return words;
    }

    /// <summary>Precision, recall and F1 of the predicted words as a multiset against the expected ones.</summary>
    internal static (double Precision, double Recall, double F1) WordF1(List<string> predicted, List<string> expected)
    {
        if (predicted.Count == 0 || expected.Count == 0)
        {
            return predicted.Count == expected.Count ? (1, 1, 1) : (0, 0, 0);
        }

        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var word in expected)
        {
            counts[word] = counts.GetValueOrDefault(word) + 1;
        }

        var overlap = 0;
        foreach (var word in predicted)
        {
            if (counts.GetValueOrDefault(word) > 0)
            {
                counts[word]--;
                overlap++;
            }
        }

        double precision = (double)overlap / predicted.Count, recall = (double)overlap / expected.Count;
        return (precision, recall, precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall));
    }

    /// <summary>The entities of a page by kind, and who its statements are given to: for reviewing that every person is one.</summary>
    private static void PrintEntities(ArticleAnalysis analysis)
    {
        foreach (var kind in new[] { EntityKind.Person, EntityKind.Organization, EntityKind.Group })
        {
            var names = analysis.Entities.Where(e => e.Kind == kind).Select(e => e.Name).ToList();
            Console.WriteLine($"    {kind.ToString().ToLowerInvariant()}s ({names.Count}): {string.Join("; ", names)}");
        }

        var speakers = analysis.Statements.Select(s => s.Speaker?.Name ?? "(none)").GroupBy(n => n, StringComparer.Ordinal)
            .Select(g => $"{g.Key} ×{g.Count()}");
        Console.WriteLine($"    speakers: {string.Join("; ", speakers)}");
    }
}
