using System.Diagnostics;
using StatementKit.Data;
using StatementKit.Documents;
using StatementKit.Pipeline;

namespace StatementKit.Tests.Robustness;

/// <summary>
/// The hostile HTML of issue #13: each family is read in time linear in its size (8 MB within 10 times the time of
/// 1 MB, compared by ratio, never by absolute time), allocates at most 50 bytes per input character, and a cancelled
/// read of a 16 MB page stops within 100 ms. Each test failed before the pre-scan, the indexed walks and the cancellable
/// parse (flat paragraphs were quadratic, deep nesting superlinear inside the parser, the parse not cancellable).
/// </summary>
[Collection(TimingCollection.Name)]
public sealed class HostileHtmlTests
{
    private const int MegaChars = 1_000_000;

    /// <summary>Each family as a unit repeated, or (for nesting) a depth-unit opened n times.</summary>
    private static readonly string[] FamilyNames =
        ["flat-p", "flat-script", "nested-div", "nested-blockquote", "nested-q", "nested-span", "nested-table", "misnested-b-i", "unclosed-b-i", "unclosed-a"];

    public static TheoryData<string> Families() => [.. FamilyNames];

    internal static string Make(string family, int characters) => family switch
    {
        "flat-p" => Repeat("<p>Some plain words of a paragraph here.</p>\n", characters),
        "flat-script" => Repeat("<script>var x = \"“q”\";</script>", characters),
        "nested-div" => Nest("<div>", "</div>", characters),
        "nested-blockquote" => Nest("<blockquote>", "</blockquote>", characters),
        "nested-q" => Nest("<q>", "</q>", characters),
        "nested-span" => Nest("<span>", "</span>", characters),
        "nested-table" => Repeat("<table><tr><td>", characters) + "text",
        "misnested-b-i" => Repeat("<b><i>x </b>y </i>", characters),
        "unclosed-b-i" => Repeat("<b>x <i>y ", characters),
        "unclosed-a" => Repeat("<a href=\"#\">link ", characters),
        _ => throw new ArgumentOutOfRangeException(nameof(family)),
    };

    [Theory]
    [MemberData(nameof(Families))]
    public void Eight_megabytes_take_at_most_ten_times_one_megabyte(string family) =>
        AssertRatio(family, new StatementKitOptions(), 10);

    /// <summary>
    /// Without the element limit the walks must still be linear: a quadratic one (the sibling walk of issue #13 took
    /// 13.6 s where indexing took 8 ms) gives 64 times. Up to 24 is allowed here because a parsed page eight times
    /// larger outgrows the processor's caches and the collector's cheap generations (11–15 times measured for flat
    /// pages on a quiet machine, 16–18 for unclosed links on a loaded one); the default element limit keeps pages
    /// below that size.
    /// </summary>
    [Theory]
    [InlineData("flat-p")]
    [InlineData("flat-script")]
    [InlineData("unclosed-a")]
    [InlineData("misnested-b-i")]
    public void Without_the_element_limit_reading_stays_linear(string family) =>
        AssertRatio(family, new StatementKitOptions { MaxHtmlElements = int.MaxValue }, 24);

    private static void AssertRatio(string family, StatementKitOptions options, double maxRatio)
    {
        var loader = Loader(options);
        var small = Make(family, MegaChars);
        var large = Make(family, 8 * MegaChars);
        loader.Load(Article.FromHtml(Make(family, 20_000)), CancellationToken.None);

        // Processor time, not wall time, and the best of eight runs taken in turns: the machine is shared, and other
        // processes' load (and, after a thousand other tests in this process, the collector's state) only ever makes a
        // run look slower. Four runs let unclosed <b><i> read 10.8x once in four clean CI runs; it measures 9-10x alone.
        double smallTime = double.MaxValue, largeTime = double.MaxValue;
        for (var run = 0; run < 8; run++)
        {
            smallTime = Math.Min(smallTime, Time(() => loader.Load(Article.FromHtml(small), CancellationToken.None)));
            largeTime = Math.Min(largeTime, Time(() => loader.Load(Article.FromHtml(large), CancellationToken.None)));
        }

        Assert.True(largeTime <= maxRatio * smallTime, $"{family}: 1 MB {smallTime:F0} ms, 8 MB {largeTime:F0} ms");
    }

    [Theory]
    [MemberData(nameof(Families))]
    public void Reading_allocates_at_most_fifty_bytes_per_character(string family)
    {
        var loader = Loader(new StatementKitOptions());
        loader.Load(Article.FromHtml(Make(family, 20_000)), CancellationToken.None);
        foreach (var size in new[] { MegaChars, 8 * MegaChars })
        {
            var html = Make(family, size);
            var before = GC.GetAllocatedBytesForCurrentThread();
            loader.Load(Article.FromHtml(html), CancellationToken.None);
            var perCharacter = (double)(GC.GetAllocatedBytesForCurrentThread() - before) / html.Length;
            Assert.True(perCharacter <= 50, $"{family}, {size} characters: {perCharacter:F1} bytes per character");
        }
    }

    [Theory]
    [InlineData("flat-p", 50)]
    [InlineData("flat-p", 400)]
    [InlineData("flat-p", 1500)]
    [InlineData("nested-div", 100)]
    [InlineData("misnested-b-i", 300)]
    public void Cancellation_of_a_sixteen_megabyte_page_is_honoured_within_100_ms(string family, int cancelAfterMilliseconds)
    {
        var html = Make(family, 16 * MegaChars);

        // The best of three tries: on a shared machine another process can hold the core the cancelled work needs, and
        // load only ever makes the stop look slower. A stage that never checks its token fails all three.
        var best = long.MaxValue;
        for (var attempt = 0; attempt < 3 && best > 100; attempt++)
        {
            best = Math.Min(best, MillisecondsToStop(html, cancelAfterMilliseconds));
        }

        Assert.True(best <= 100, $"cancelled after {best} ms at best");
    }

    /// <summary>How long an analysis of <paramref name="html"/> takes to stop when cancelled after the given time (0 if it ended first).</summary>
    private static long MillisecondsToStop(string html, int cancelAfterMilliseconds)
    {
        using var cancellation = new CancellationTokenSource();
        var started = new ManualResetEventSlim();
        var task = Task.Run(() =>
        {
            started.Set();
            return Analyze.Default.Analyze(Article.FromHtml(html), cancellation.Token);
        });
        started.Wait();
        Thread.Sleep(cancelAfterMilliseconds);
        var watch = Stopwatch.StartNew();
        cancellation.Cancel();
        var exception = Record.Exception(() => task.Wait());
        watch.Stop();
        if (exception is null)
        {
            return 0; // finished before the cancellation: nothing to honour
        }

        Assert.IsAssignableFrom<OperationCanceledException>(exception.InnerException);
        return watch.ElapsedMilliseconds;
    }

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
        foreach (var family in FamilyNames)
        {
            var analysis = Analyze.Default.Analyze(Article.FromHtml(Make(family, 50_000).Replace("x ", "“x,” Kallas said. ", StringComparison.Ordinal)));
            Analyze.AssertSpansConsistent(analysis);
        }
    }

    private static IEnumerable<string> SeedPages() =>
        Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Pages"), "*.html").Select(File.ReadAllText);

    private static DocumentLoader Loader(StatementKitOptions options) => new(StatementKitData.Default, InputLimits.From(options));

    /// <summary>Processor time of the whole process (the work and its collections) in milliseconds.</summary>
    private static double Time(Func<AnalysisDocument> action)
    {
        // Each run starts from a collected heap, so that no run pays for the garbage of the one before; the large-object
        // heap is compacted too, so that the holes other tests' large strings left do not slow the large run alone.
        System.Runtime.GCSettings.LargeObjectHeapCompactionMode = System.Runtime.GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        using var process = Process.GetCurrentProcess();
        var before = process.TotalProcessorTime;
        GC.KeepAlive(action());
        process.Refresh();
        return (process.TotalProcessorTime - before).TotalMilliseconds;
    }

    internal static string Repeat(string unit, int characters) => string.Concat(Enumerable.Repeat(unit, Math.Max(1, characters / unit.Length)));

    private static string Nest(string open, string close, int characters)
    {
        var depth = Math.Max(1, characters / (open.Length + close.Length));
        return Repeat(open, depth * open.Length) + "text" + Repeat(close, depth * close.Length);
    }
}

/// <summary>Tests that compare times or count allocations run alone, never beside other tests.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TimingCollection
{
    public const string Name = "Timing";
}
