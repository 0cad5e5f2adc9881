using Microsoft.Extensions.DependencyInjection;
using StatementKit.Pipeline;

namespace StatementKit.Neural.Tests.Integration;

/// <summary>The model itself, run through the public entry points.</summary>
public sealed class AccurateModeTests
{
    internal static readonly StatementAnalyzer Accurate = new StatementAnalyzerBuilder().UseNeuralTagger().Build();

    private static string Seed(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Seeds", name));

    [Fact]
    public void Finds_attributed_statements_in_a_seed_article()
    {
        var text = Seed("000_618e7dbac6461e37.txt");
        var analysis = Accurate.Analyze(Article.FromText(text));
        Assert.NotEmpty(analysis.Statements);
        Assert.Contains(analysis.Statements, s => s.Kind == StatementKind.Indirect);
        Assert.Contains(analysis.Statements, s => s.Speaker is not null);
        foreach (var statement in analysis.Statements)
        {
            Assert.Equal(text.Substring(statement.Content.Start, statement.Content.Length), statement.Content.Text);
            Assert.InRange(statement.Confidence, 0, 1);
            if (statement.Speaker?.Mention is { } mention)
            {
                Assert.Equal(text.Substring(mention.Start, mention.Length), mention.Text);
            }
        }
    }

    /// <summary>
    /// The tagger's own contribution, which a dead or bypassed model cannot fake: "X told reporters [that-less clause]"
    /// is a report the rules do not read (checked here, so the test keeps meaning something if they learn it), and the
    /// accurate mode returns it with its speaker. The fixture is written for this test.
    /// </summary>
    [Fact]
    public void Finds_a_report_the_rules_alone_miss()
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "mill-closure.txt"));
        const string Content = "the plant will close in May";
        Assert.DoesNotContain(StatementAnalyzer.CreateDefault().Analyze(Article.FromText(text)).Statements, s => s.Content.Text.Contains(Content, StringComparison.Ordinal));

        var statement = Assert.Single(Accurate.Analyze(Article.FromText(text)).Statements, s => s.Content.Text.Contains(Content, StringComparison.Ordinal));
        Assert.Equal(StatementKind.Indirect, statement.Kind);
        Assert.Equal("Peter Olsen", statement.Speaker?.Name);
    }

    [Fact]
    public void Reads_reported_speech_with_its_cue_and_source()
    {
        const string text = "The senator said on Tuesday that the new tax would hurt small farmers across the state.";
        var statement = Assert.Single(Accurate.Analyze(Article.FromText(text)).Statements);
        Assert.Equal(StatementKind.Indirect, statement.Kind);
        Assert.Contains("the new tax would hurt small farmers", statement.Content.Text, StringComparison.Ordinal);
        Assert.StartsWith("said", statement.Cue?.Text, StringComparison.Ordinal);   // PolNeAR cues may carry their adverbials
        Assert.Equal("The senator", statement.Speaker?.Mention?.Text);
    }

    [Fact]
    public void Output_is_deterministic_and_the_analyzer_thread_safe()
    {
        var texts = new[] { "000_618e7dbac6461e37.txt", "001_0a6e3fc6a2a6361e.txt", "002_7558cdea32555165.txt" }.Select(Seed).ToArray();
        var first = texts.Select(t => Describe(Accurate.Analyze(Article.FromText(t)))).ToArray();
        var parallel = new string[texts.Length * 2];
        Parallel.For(0, parallel.Length, i => parallel[i] = Describe(Accurate.Analyze(Article.FromText(texts[i % texts.Length]))));
        for (var i = 0; i < parallel.Length; i++)
        {
            Assert.Equal(first[i % texts.Length], parallel[i]);
        }
    }

    [Fact]
    public void Untrusted_input_never_throws()
    {
        string[] inputs = [string.Empty, " ", "“", new string('“', 5000), string.Concat(Enumerable.Repeat("said that ", 3000)),
            new string('x', 100_000), "\uD800\uDC00\uFFFF\u0000", string.Concat(Enumerable.Repeat("“A,” B said, “C.” ", 2000))];
        foreach (var input in inputs)
        {
            var analysis = Accurate.Analyze(Article.FromText(input));
            Assert.All(analysis.Statements, s => Assert.InRange(s.Content.Start + s.Content.Length, 0, analysis.Text.Length));
        }
    }

    [Fact]
    public void Cancellation_is_honoured()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => Accurate.Analyze(Article.FromText(Seed("001_0a6e3fc6a2a6361e.txt")), cancelled.Token));
    }

    [Fact]
    public void Dependency_injection_adds_the_tagger_once_beside_the_rules()
    {
        var services = new ServiceCollection();
        services.AddStatementKit().UseNeuralTagger().UseNeuralTagger();
        Assert.Equal(2, services.Count(d => d.ServiceType == typeof(IStatementProposer)));
        using var provider = services.BuildServiceProvider();
        var analysis = provider.GetRequiredService<IStatementAnalyzer>().Analyze(Article.FromText("“We are ready,” Kaja Kallas said."));
        Assert.Equal("Kaja Kallas", Assert.Single(analysis.Statements).Speaker?.Name);
    }

    [Fact]
    public void Invalid_options_are_rejected()
    {
        Assert.Throws<ArgumentException>(() => new StatementAnalyzerBuilder().UseNeuralTagger(o => o.WindowPieces = 1000));
        Assert.Throws<ArgumentException>(() => new ServiceCollection().AddStatementKit().UseNeuralTagger(o => o.BatchSize = 0));
    }

    private static string Describe(ArticleAnalysis analysis) =>
        string.Join("\n", analysis.Statements.Select(s => $"{s.Kind} {s.Content.Start} {s.Content.Length} {s.Speaker?.Name} {s.Confidence}"));
}
