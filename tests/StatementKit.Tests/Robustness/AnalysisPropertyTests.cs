using System.Text.Json;
using CsCheck;
using StatementKit.Fuzzing;

namespace StatementKit.Tests.Robustness;

/// <summary>
/// Properties of any analysis (issue #13), over random article-like text and HTML: quotes of every typographic style,
/// names, titles, pronouns and cue verbs mixed with unclosed and misnested tags, entities, control characters and lone
/// surrogates. No input throws; every span lies in the text and equals it at its offsets, parts lie inside their
/// statement, entity indexes are valid (<see cref="AnalysisInvariants"/>, shared with the fuzzer); results serialize
/// to the same JSON twice and on another thread. CsCheck prints the seed of a failing sample to replay it.
/// </summary>
public sealed class AnalysisPropertyTests
{
    private static readonly string[] Words =
        ["the", "talks", "were", "calm", "and", "orderly", "a", "of", "government", "officials", "in", "Estonia", "taxes", "will", "not", "rise", "that", "on", "Tuesday"];

    private static readonly string[] Speakers =
        ["Anna Berg", "Ola Dahl", "Mr Smith", "Dr. Jane Smith", "Kallas", "Prime Minister Kaja Kallas", "the Secretary General",
         "the head of the Estonian government", "the spokeswoman", "she", "he", "they", "it", "Reuters", "the ministry", "RT", "Berg"];

    private static readonly string[] Cues =
        ["said", "says", "told reporters", "according to", "According to", "argued", "added", "vowed to", "claimed that", "insisted", "saying", "noted", ":"];

    private static readonly string[] Marks =
        ["“", "”", "\"", "‘", "’", "'", "«", "»", "‹", "›", "„", "‚", "–", "—", "-", "Q:", "A:", "WALLACE:", "\u201F", "\u301D"];

    private static readonly string[] Punctuation = [",", ".", "?", "!", ";", "(", ")", "…", "...", " ", " ", " ", "\n", "\n\n", "\r\n", "\t", "\u00A0", "\u2028"];

    private static readonly string[] Hostile =
        ["\0", "\u0001", "\u001B", "\u007F", "\u200B", "\uFEFF", "\u202E", "\uD800", "\uDC00", "\uD83D", "😀", "\uFFFD", "\uFFFF", "ǅ", "İ", "ß"];

    private static readonly string[] Tags =
        ["<p>", "</p>", "<div>", "</div>", "<b>", "</b>", "<i>", "</i>", "<q>", "</q>", "<blockquote>", "</blockquote>", "<a href=\"#\">", "</a>",
         "<script>", "</script>", "<style>", "</style>", "<!--", "-->", "<br>", "<title>", "</title>", "<h1>", "</h1>", "<table><tr><td>",
         "<article>", "</article>", "<nav>", "</nav>", "<figcaption>", "<p class=\"byline\">By ", "<img alt=\"“a”\">", "<meta property=\"og:title\" content=\"“T”\">",
         "<![CDATA[", "]]>", "&amp;", "&ldquo;", "&rdquo;", "&#8220;", "&#0;", "&#xD800;", "&nbsp;", "&bogus", "<", ">", "</", "=", "<html>", "<body>", "<template>", "<svg>"];

    private static readonly Gen<string> TextPiece = Gen.Frequency(
        (6, Gen.OneOf(Words)),
        (3, Gen.OneOf(Speakers)),
        (3, Gen.OneOf(Cues)),
        (4, Gen.OneOf(Marks)),
        (6, Gen.OneOf(Punctuation)),
        (1, Gen.OneOf(Hostile)),
        (1, Gen.Char.Select(c => c.ToString())));

    private static readonly Gen<string> Text = Article(TextPiece, 150);

    private static readonly Gen<string> Html = Article(Gen.Frequency((4, TextPiece), (2, Gen.OneOf(Tags))), 200);

    private static readonly Gen<(string Content, bool IsHtml)> AnyArticle =
        Gen.Bool.SelectMany(isHtml => (isHtml ? Html : Text).Select(content => (content, isHtml)));

    [Fact]
    public void Random_text_keeps_every_invariant() =>
        Text.Sample(text => AnalysisInvariants.Check(Analyze.Text(text)), iter: 300);

    [Fact]
    public void Random_html_keeps_every_invariant() =>
        Html.Sample(html => AnalysisInvariants.Check(Analyze.Default.Analyze(StatementKit.Article.FromHtml(html))), iter: 300);

    [Fact]
    public void Results_serialize_identically_twice_and_on_another_thread() =>
        AnyArticle.Sample(sample =>
        {
            var first = Json(sample);
            var second = Json(sample);
            string? elsewhere = null;
            var thread = new Thread(() => elsewhere = Json(sample));
            thread.Start();
            thread.Join();
            Assert.Equal(first, second);
            Assert.Equal(first, elsewhere);
        }, iter: 40);

    [Fact]
    public void A_cancelled_analysis_throws_only_cancellation()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        AnyArticle.Sample(sample =>
            Assert.ThrowsAny<OperationCanceledException>(() => Analyze.Default.Analyze(ToArticle(sample), cancelled.Token)), iter: 50);
    }

    /// <summary>The fuzzer's hand-written seeds (tests/StatementKit.Fuzzing/corpus), read as the fuzzer reads them.</summary>
    [Fact]
    public void The_fuzzing_seeds_keep_every_invariant()
    {
        var files = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "FuzzCorpus"), "*", SearchOption.AllDirectories);
        Assert.NotEmpty(files);
        foreach (var file in files.Order(StringComparer.Ordinal))
        {
            var content = System.Text.Encoding.UTF8.GetString(File.ReadAllBytes(file));
            AnalysisInvariants.Check(Analyze.Default.Analyze(file.EndsWith(".html", StringComparison.Ordinal)
                ? StatementKit.Article.FromHtml(content) : StatementKit.Article.FromText(content)));
        }
    }

    [Fact]
    public void The_invariants_reject_a_broken_analysis()
    {
        var analysis = Analyze.Text("“We are ready,” Anna Berg said.");
        var statement = Assert.Single(analysis.Statements);
        var shifted = statement with { Content = statement.Content with { Start = statement.Content.Start + 1 } };
        var unknownSpeaker = statement with { Speaker = statement.Speaker! with { EntityIndex = analysis.Entities.Count } };
        var strayPart = statement with { Parts = [new TextExcerpt(0, 1, "“")] };

        AnalysisInvariants.Check(analysis);
        foreach (var broken in new[] { shifted, unknownSpeaker, strayPart })
        {
            Assert.Throws<InvariantViolationException>(() => AnalysisInvariants.Check(analysis with { Statements = [broken] }));
        }
    }

    private static Gen<string> Article(Gen<string> piece, int maxPieces) =>
        Gen.Select(piece, Gen.Bool, (p, spaced) => spaced ? p + " " : p).Array[0, maxPieces].Select(string.Concat);

    private static StatementKit.Article ToArticle((string Content, bool IsHtml) sample) =>
        sample.IsHtml ? StatementKit.Article.FromHtml(sample.Content) : StatementKit.Article.FromText(sample.Content);

    private static string Json((string Content, bool IsHtml) sample) => JsonSerializer.Serialize(Analyze.Default.Analyze(ToArticle(sample)));
}
