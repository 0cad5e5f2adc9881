using Snapshooter;
using Snapshooter.Xunit;

namespace StatementKit.Tests.Seeds;

/// <summary>The full analysis of each seed article, compared with its approved snapshot in __snapshots__.</summary>
public sealed class SeedArticleSnapshotTests
{
    public static TheoryData<string> Seeds() =>
    [
        "000_618e7dbac6461e37.txt",
        "001_0a6e3fc6a2a6361e.txt",
        "002_7558cdea32555165.txt",
        "003_fd4e6618132d0377.txt",
        "004_3955c0ba8186baac.txt",
    ];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Full_analysis_matches_the_snapshot(string fileName)
    {
        var analysis = Analyze.Text(Analyze.Fixture(fileName));
        Analyze.AssertSpansConsistent(analysis);
        Snapshot.Match(Project(analysis), SnapshotNameExtension.Create(fileName[..3]));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Analysis_is_deterministic(string fileName)
    {
        var text = Analyze.Fixture(fileName);
        var first = System.Text.Json.JsonSerializer.Serialize(Project(Analyze.Text(text)));
        var second = System.Text.Json.JsonSerializer.Serialize(Project(StatementAnalyzer.CreateDefault().Analyze(Article.FromText(text))));
        Assert.Equal(first, second);
    }

    /// <summary>A readable projection: what a reviewer checks when a snapshot changes.</summary>
    private static object Project(ArticleAnalysis analysis) => new
    {
        analysis.Metadata.Title,
        Statements = analysis.Statements.Select(s => new
        {
            Kind = s.Kind.ToString(),
            Text = s.Content.Text,
            s.Content.Start,
            s.Content.Length,
            Cue = s.Cue?.Text,
            Speaker = s.Speaker?.Name,
            Mention = s.Speaker?.Mention?.Text,
            Method = s.Speaker?.Method.ToString(),
            SpeakerConfidence = s.Speaker?.Confidence,
            s.Confidence,
        }).ToList(),
        Entities = analysis.Entities.Select(e => new
        {
            e.Name,
            Kind = e.Kind.ToString(),
            e.Aliases,
            e.Roles,
            Gender = e.Gender.ToString(),
            Evidence = e.GenderEvidence.Select(g => $"{g.Source}:{g.Gender}:{g.Excerpt?.Text}").ToList(),
        }).ToList(),
        Reliability = new
        {
            analysis.Reliability.Score,
            Level = analysis.Reliability.Level.ToString(),
            analysis.Reliability.AttributionChain,
            Flags = analysis.Reliability.Flags.Select(f => new
            {
                f.Code,
                Severity = f.Severity.ToString(),
                f.Message,
                Evidence = f.Evidence.Select(e => $"{e.Start}+{e.Length}: {e.Text}").ToList(),
            }).ToList(),
        },
    };
}
