namespace StatementKit.Tests.Documents;

/// <summary>
/// The 24 real news pages of Mozilla Readability's test suite (../shared/html/readability-test-pages, never copied into
/// the repository): main content and titles as tests/StatementKit.Evaluation's --pages mode measures them, and no
/// statement from what was left out. Skipped where the shared folder is absent.
/// </summary>
public sealed class ReadabilityPagesTests
{
    internal static readonly string Root = FindRoot();

    [ReadabilityPagesFact]
    public void Main_content_reaches_the_issue_targets()
    {
        var pages = Directory.GetDirectories(Root).Where(d => File.Exists(Path.Combine(d, "source.html"))).ToList();
        double f1 = 0;
        var titles = 0;
        foreach (var page in pages)
        {
            var analysis = Analyze.Default.Analyze(Article.FromHtml(File.ReadAllText(Path.Combine(page, "source.html"))));
            var expected = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(page, "expected.html"))).Body!.TextContent;
            f1 += WordF1(Words(analysis.Text), Words(expected));
            using var metadata = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(page, "expected-metadata.json")));
            titles += Collapse(metadata.RootElement.GetProperty("title").GetString()) == Collapse(analysis.Metadata.Title) ? 1 : 0;
            Analyze.AssertSpansConsistent(analysis);
            Assert.DoesNotContain(analysis.Statements, s => analysis.RemovedBlocks.Any(b => b.Kind is StatementKit.Documents.RemovedBlockKind.Caption or StatementKit.Documents.RemovedBlockKind.Credit
                && b.Text.Contains(s.Content.Text, StringComparison.Ordinal) && !analysis.Text.Contains(s.Content.Text, StringComparison.Ordinal)));
        }

        Assert.True(f1 / pages.Count >= 0.90, $"mean word F1 {f1 / pages.Count:F3}");
        Assert.True(titles >= 0.9 * pages.Count, $"titles {titles}/{pages.Count}");
    }

    /// <summary>Lower-cased runs of letters and digits (as the evaluation's --pages mode counts them).</summary>
    private static List<string> Words(string text) =>
        [.. System.Text.RegularExpressions.Regex.Split(text.ToLowerInvariant(), @"[^\p{L}\p{Nd}]+").Where(w => w.Length > 0)];

    private static double WordF1(List<string> predicted, List<string> expected)
    {
        var counts = expected.GroupBy(w => w, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var overlap = predicted.Count(w => counts.TryGetValue(w, out var n) && n > 0 && (counts[w] = n - 1) >= 0);
        return predicted.Count == 0 || expected.Count == 0 || overlap == 0 ? 0 : 2.0 * overlap / (predicted.Count + expected.Count);
    }

    private static string Collapse(string? value) => string.Join(' ', (value ?? string.Empty).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "..", "shared", "html", "readability-test-pages");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return string.Empty;
    }
}

/// <summary>A fact that is skipped, with a message, where ../shared/html/readability-test-pages is absent.</summary>
public sealed class ReadabilityPagesFactAttribute : FactAttribute
{
    public ReadabilityPagesFactAttribute()
    {
        if (ReadabilityPagesTests.Root.Length == 0)
        {
            Skip = "../shared/html/readability-test-pages is not beside the repository";
        }
    }
}
