namespace StatementKit.Tests.Seeds;

/// <summary>The seeds' acceptance facts (the ones of shared/spec/seeds.gold.json), as unit tests that need no shared folder.</summary>
public sealed class SeedGoldTests
{
    [Fact]
    public void Press_release_000_has_eight_direct_quotes_by_Kaja_Kallas()
    {
        var analysis = Analyze.Text(Analyze.Fixture("000_618e7dbac6461e37.txt"));
        var direct = analysis.Statements.Where(s => s.Kind == StatementKind.Direct).ToList();
        Assert.Equal(8, direct.Count);
        Assert.All(direct, s => Assert.Equal("Kaja Kallas", s.Speaker?.Name));
        Assert.DoesNotContain(analysis.Reliability.Flags, f => f.Severity != StatementKit.Reliability.FlagSeverity.Info);
    }

    [Fact]
    public void Content_farm_004_has_no_direct_quote_and_its_flags()
    {
        var analysis = Analyze.Text(Analyze.Fixture("004_3955c0ba8186baac.txt"));
        Assert.DoesNotContain(analysis.Statements, s => s.Kind == StatementKind.Direct);
        var codes = analysis.Reliability.Flags.Select(f => f.Code).ToHashSet();
        Assert.Subset(codes, new HashSet<string> { "pronoun-gender-conflict", "state-media-origin", "content-farm-chrome", "no-direct-quotes" });
        Assert.Equal(Gender.Female, analysis.Entities.Single(e => e.Name == "Kaja Kallas").Gender);
    }

    [Fact]
    public void Relay_003_names_the_chain_and_the_group_of_officials()
    {
        var analysis = Analyze.Text(Analyze.Fixture("003_fd4e6618132d0377.txt"));
        Assert.Equal(["Financial Times", "LRT"], analysis.Reliability.AttributionChain);
        Assert.Contains(analysis.Statements, s => s.Speaker?.Method == AttributionMethod.Group && s.Content.Text.Contains("closely linked", StringComparison.Ordinal));
    }

    [Fact]
    public void Republished_002_keeps_the_dash_quotes_and_drops_the_bio()
    {
        var analysis = Analyze.Text(Analyze.Fixture("002_7558cdea32555165.txt"));
        Assert.Equal(5, analysis.Statements.Count(s => s.Kind == StatementKind.Direct && s.Speaker?.Name == "Jonas Gahr Støre"));
        Assert.Contains(analysis.Reliability.Flags, f => f.Code == "fake-author-bio");
    }
}
