
namespace StatementKit.Tests.Robustness;

/// <summary>
/// The hostile HTML of issue #13: the input limits, and what each family of <see cref="HostileHtml"/> does to the
/// output. What they cost (time linear in size, allocations per character, how fast a cancelled read stops) is timed and
/// counted by the benchmark step's budgets (tests/StatementKit.Benchmarks, <c>budgets</c>), which <c>.ci/run</c> runs
/// on its own after the tests: a timing in this suite would depend on what else the machine is doing.
/// </summary>
public sealed class HostileHtmlTests
{
    private const int MegaChars = HostileHtml.MegaChars;

    [Fact]
    public void Deep_nesting_is_flattened_and_says_so()
    {
        var html = Nest("<div>", "</div>", 2 * MegaChars).Replace("text", "“Deep words are here now,” Kallas said.", StringComparison.Ordinal);
        var analysis = Analyze.Default.Analyze(Article.FromHtml(html));
        Assert.Contains(analysis.Statements, s => s.Kind == StatementKind.Direct && s.Speaker?.Name == "Kallas");
        var flag = Assert.Single(analysis.Reliability.Flags, f => f.Code == "input-truncated");
        Assert.Equal(StatementKit.Reliability.FlagSeverity.Info, flag.Severity);
        Assert.Contains(nameof(StatementKitOptions.MaxHtmlDepth), flag.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_ordinary_page_reaches_no_limit() =>
        Assert.DoesNotContain(SeedPages().Select(p => Analyze.Default.Analyze(Article.FromHtml(p))).SelectMany(a => a.Reliability.Flags), f => f.Code == "input-truncated");

    [Fact]
    public void Input_beyond_the_size_limit_is_cut_and_says_so()
    {
        var analyzer = StatementAnalyzer.CreateDefault(o => o.MaxInputCharacters = 1000);
        var text = string.Concat(Enumerable.Repeat("“We are ready,” Kallas said. ", 200));
        var analysis = analyzer.Analyze(Article.FromText(text));
        Assert.Equal(1000, analysis.Text.Length);
        Assert.Contains(analysis.Reliability.Flags, f => f.Code == "input-truncated" && f.Message.Contains(nameof(StatementKitOptions.MaxInputCharacters), StringComparison.Ordinal));
        Analyze.AssertSpansConsistent(analysis);

        // Never half a surrogate pair.
        var emoji = analyzer.Analyze(Article.FromText(new string('a', 999) + "😀😀"));
        Assert.Equal(999, emoji.Text.Length);
    }

    [Fact]
    public void Elements_beyond_the_limit_are_cut_and_say_so()
    {
        var analyzer = StatementAnalyzer.CreateDefault(o => o.MaxHtmlElements = 100);
        var html = Repeat("<p>“We are ready,” Kallas said.</p>", 20_000);
        var analysis = analyzer.Analyze(Article.FromHtml(html));
        Assert.InRange(analysis.Statements.Count, 90, 101);
        Assert.Contains(analysis.Reliability.Flags, f => f.Code == "input-truncated" && f.Message.Contains(nameof(StatementKitOptions.MaxHtmlElements), StringComparison.Ordinal));
    }

    [Fact]
    public void Statements_beyond_the_limit_are_dropped_and_say_so()
    {
        var analyzer = StatementAnalyzer.CreateDefault(o => o.MaxStatements = 5);
        var analysis = analyzer.Analyze(Article.FromText(string.Concat(Enumerable.Repeat("“We are ready,” Kallas said. ", 50))));
        Assert.Equal(5, analysis.Statements.Count);
        Assert.Contains(analysis.Reliability.Flags, f => f.Code == "input-truncated" && f.Message.Contains(nameof(StatementKitOptions.MaxStatements), StringComparison.Ordinal));
    }

    [Fact]
    public void The_truncation_flag_is_raised_even_with_reliability_off()
    {
        var analyzer = StatementAnalyzer.CreateDefault(o =>
        {
            o.MaxInputCharacters = 10;
            o.EvaluateReliability = false;
        });
        var flags = analyzer.Analyze(Article.FromText("A longer text than ten characters.")).Reliability.Flags;
        Assert.Equal("input-truncated", Assert.Single(flags).Code);
    }

    [Theory]
    [InlineData(nameof(StatementKitOptions.MaxInputCharacters))]
    [InlineData(nameof(StatementKitOptions.MaxHtmlDepth))]
    [InlineData(nameof(StatementKitOptions.MaxHtmlElements))]
    [InlineData(nameof(StatementKitOptions.MaxStatements))]
    public void Limits_must_be_positive(string option)
    {
        var options = new StatementKitOptions();
        typeof(StatementKitOptions).GetProperty(option)!.SetValue(options, 0);
        Assert.Contains(options.Validate(), p => p.StartsWith(option, StringComparison.Ordinal));
    }

    [Fact]
    public void Hostile_families_keep_every_span_valid()
    {
        foreach (var family in HostileHtml.FamilyNames)
        {
            var analysis = Analyze.Default.Analyze(Article.FromHtml(Make(family, 50_000).Replace("x ", "“x,” Kallas said. ", StringComparison.Ordinal)));
            Analyze.AssertSpansConsistent(analysis);
        }
    }

    private static IEnumerable<string> SeedPages() =>
        Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Pages"), "*.html").Select(File.ReadAllText);

    private static string Make(string family, int characters) => HostileHtml.Make(family, characters);

    private static string Repeat(string unit, int characters) => HostileHtml.Repeat(unit, characters);

    private static string Nest(string open, string close, int characters) => HostileHtml.Nest(open, close, characters);
}
