using System.Diagnostics;
using System.Globalization;
using StatementKit.Speakers;

namespace StatementKit.Benchmarks;

/// <summary>
/// How the parallel batch scales from one worker to two: the PolNeAR dev articles (from ../shared/eval/polnear/dev/text
/// when present, else the seed articles repeated to the same size) analysed with <c>AnalyzeMany</c> and a shared
/// in-memory registry, one worker and two workers alternately so that a busy neighbour on a shared machine hurts both
/// alike. Prints each pair, the median ratio, and the process's CPU seconds per wall second (how many cores it got).
/// Run: dotnet run -c Release --project tests/StatementKit.Benchmarks -- batch-scaling [pairs] [repeats of the corpus].
/// </summary>
internal static class BatchScaling
{
    public static void Run(int pairs, int repeats)
    {
        var (once, source) = Load();
        var articles = Enumerable.Repeat(once, repeats).SelectMany(a => a).ToList();
        source += repeats > 1 ? $", {repeats} times over" : "";
        var megabytes = articles.Sum(a => (long)a.Content.Length) / 1e6;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"batch scaling: {articles.Count} articles, {megabytes:0.000} M characters ({source}), {Environment.ProcessorCount} processors"));

        Measure(articles, 1);
        Measure(articles, 2);
        var ratios = new List<double>();
        var cpuRatios = new List<double>();
        for (var pair = 0; pair < pairs; pair++)
        {
            var one = Measure(articles, 1);
            var two = Measure(articles, 2);
            ratios.Add(one.Wall / two.Wall);
            cpuRatios.Add(two.Cpu / one.Cpu);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"pair {pair + 1}: 1 worker {megabytes / one.Wall:0.00} MB/s (cpu/wall {one.Cpu / one.Wall:0.00}), " +
                $"2 workers {megabytes / two.Wall:0.00} MB/s (cpu/wall {two.Cpu / two.Wall:0.00}), speed-up {one.Wall / two.Wall:0.00}x, " +
                $"cpu seconds {one.Cpu:0.00} -> {two.Cpu:0.00}"));
        }

        ratios.Sort();
        cpuRatios.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"speed-up from 1 to 2 workers: median {ratios[ratios.Count / 2]:0.00}x, best {ratios[^1]:0.00}x, worst {ratios[0]:0.00}x over {pairs} pairs; " +
            $"CPU time of 2 workers / 1 worker: median {cpuRatios[cpuRatios.Count / 2]:0.00} (1.00 = no parallel overhead: two free cores would give 2.00x / that)"));
    }

    private static (double Wall, double Cpu) Measure(IReadOnlyList<Article> articles, int workers)
    {
        var analyzer = new StatementAnalyzerBuilder().UseSpeakerRegistry(new InMemorySpeakerRegistry()).Build();
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var count = analyzer.AnalyzeMany(articles, new BatchAnalysisOptions { MaxDegreeOfParallelism = workers }).Count();
        var wall = clock.Elapsed.TotalSeconds;
        process.Refresh();
        if (count != articles.Count)
        {
            throw new InvalidOperationException("the batch lost articles");
        }

        return (wall, (process.TotalProcessorTime - cpu).TotalSeconds);
    }

    private static (IReadOnlyList<Article> Articles, string Source) Load()
    {
        var dev = Path.Combine("..", "shared", "eval", "polnear", "dev", "text");
        if (Directory.Exists(dev))
        {
            return ([.. Directory.GetFiles(dev, "*.txt").Order(StringComparer.Ordinal).Select(f => Article.FromText(File.ReadAllText(f)))], "PolNeAR dev");
        }

        var seeds = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Fixtures"), "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToList();
        var articles = new List<Article>();
        for (var size = 0L; size < 415_000; size += seeds[articles.Count % seeds.Count].Length)
        {
            articles.Add(Article.FromText(seeds[articles.Count % seeds.Count]));
        }

        return (articles, "the seeds repeated; ../shared is absent");
    }
}
