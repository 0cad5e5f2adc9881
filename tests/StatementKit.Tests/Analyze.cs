using StatementKit;

namespace StatementKit.Tests;

/// <summary>One shared analyzer (it is thread-safe) and helpers to look at its results.</summary>
internal static class Analyze
{
    public static readonly StatementAnalyzer Default = StatementAnalyzer.CreateDefault();

    public static ArticleAnalysis Text(string text) => Default.Analyze(Article.FromText(text));

    public static Statement Single(ArticleAnalysis analysis, StatementKind kind) =>
        Assert.Single(analysis.Statements, s => s.Kind == kind);

    public static Statement Containing(ArticleAnalysis analysis, string fragment) =>
        Assert.Single(analysis.Statements, s => s.Content.Text.Contains(fragment, StringComparison.Ordinal) && !s.Content.Text.Equals(analysis.Text, StringComparison.Ordinal)
            && analysis.Statements.Where(o => o.Content.Text.Contains(fragment, StringComparison.Ordinal)).Min(o => o.Content.Length) == s.Content.Length);

    public static string Fixture(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", name));

    /// <summary>Every span of a result indexes the analysed text and says what it claims to.</summary>
    public static void AssertSpansConsistent(ArticleAnalysis analysis)
    {
        foreach (var statement in analysis.Statements)
        {
            AssertExcerpt(analysis.Text, statement.Content);
            Assert.True(statement.Span.Start >= 0 && statement.Span.End <= analysis.Text.Length);
            Assert.True(statement.Span.Contains(statement.Content.Span) || statement.Content.Span.Contains(statement.Span) || statement.Span.Overlaps(statement.Content.Span));
            if (statement.Cue is { } cue)
            {
                AssertExcerpt(analysis.Text, cue);
            }

            if (statement.Speaker?.Mention is { } mention)
            {
                AssertExcerpt(analysis.Text, mention);
            }

            Assert.InRange(statement.Confidence, 0, 1);
        }

        foreach (var flag in analysis.Reliability.Flags)
        {
            foreach (var evidence in flag.Evidence)
            {
                AssertExcerpt(analysis.Text, evidence);
            }
        }
    }

    private static void AssertExcerpt(string text, TextExcerpt excerpt)
    {
        Assert.InRange(excerpt.Start, 0, text.Length);
        Assert.InRange(excerpt.Start + excerpt.Length, excerpt.Start, text.Length);
        Assert.Equal(text.Substring(excerpt.Start, excerpt.Length), excerpt.Text);
    }
}
