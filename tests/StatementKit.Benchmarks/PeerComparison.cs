using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace StatementKit.Benchmarks;

/// <summary>
/// StatementKit beside a peer in one run: the PolNeAR dev articles analysed one by one on one thread by StatementKit
/// (default options) and by compromise's <c>nlp(text).quotations()</c> (Node.js, compromise pinned in peer/package.json),
/// alternately, so that a busy neighbour on a shared machine slows both alike. Prints each side's MB/s by wall clock and
/// by the process's CPU time, and the ratios. Run: dotnet run -c Release --project tests/StatementKit.Benchmarks -- peer [pairs]
/// </summary>
internal static class PeerComparison
{
    private const int OurRounds = 5;

    public static int Run(int pairs)
    {
        var dev = RealArticles.DevFolder();
        var peer = RealArticles.RepositoryRoot() is { } root ? Path.Combine(root, "tests", "StatementKit.Benchmarks", "peer") : null;
        if (dev is null || peer is null)
        {
            Console.Error.WriteLine("peer: needs ../shared/eval/polnear/dev/text beside the repository and the repository's peer folder");
            return 2;
        }

        if (!Directory.Exists(Path.Combine(peer, "node_modules", "compromise")) && Node(peer, "npm", "ci --no-audit --no-fund --omit-lockfile-registry-resolved") is null)
        {
            Console.Error.WriteLine("peer: npm ci failed in " + peer);
            return 2;
        }

        var texts = Directory.GetFiles(dev, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToList();
        var megabytes = texts.Sum(t => (long)t.Length) / 1e6;
        var analyzer = StatementAnalyzer.CreateDefault();
        JitWarmUp.Run(() => Ours(analyzer, texts, 1)); // compromise warms up with one pass of its own
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"peer comparison: {texts.Count} PolNeAR dev articles, {megabytes:0.000} M characters, one by one on one thread; {Environment.ProcessorCount} processors"));
        var wallRatios = new List<double>();
        var cpuRatios = new List<double>();
        for (var pair = 1; pair <= pairs; pair++)
        {
            var ours = Ours(analyzer, texts, OurRounds);
            var output = Node(peer, "node", $"compromise.mjs 1 \"{dev}\"");
            if (output is null)
            {
                Console.Error.WriteLine("peer: node compromise.mjs failed");
                return 2;
            }

            using var json = JsonDocument.Parse(output);
            var theirs = (Wall: json.RootElement.GetProperty("wallSeconds").GetDouble() / json.RootElement.GetProperty("rounds").GetInt32(),
                Cpu: json.RootElement.GetProperty("cpuSeconds").GetDouble() / json.RootElement.GetProperty("rounds").GetInt32());
            wallRatios.Add(theirs.Wall / ours.Wall);
            cpuRatios.Add(theirs.Cpu / ours.Cpu);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"pair {pair}: StatementKit {megabytes / ours.Wall:0.00} MB/s wall, {megabytes / ours.Cpu:0.00} MB/s CPU ({ours.Statements} statements); " +
                $"compromise quotations() {megabytes / theirs.Wall:0.000} MB/s wall, {megabytes / theirs.Cpu:0.000} MB/s CPU ({json.RootElement.GetProperty("quotations").GetDouble():0} quotations); " +
                $"StatementKit / compromise: {theirs.Wall / ours.Wall:0.0}x wall, {theirs.Cpu / ours.Cpu:0.0}x CPU"));
        }

        wallRatios.Sort();
        cpuRatios.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"StatementKit / compromise over {pairs} pairs: median {wallRatios[pairs / 2]:0.0}x by wall clock, {cpuRatios[pairs / 2]:0.0}x by CPU time"));
        return 0;
    }

    /// <summary>Seconds per pass over the texts (wall clock and the process's CPU time), and the statements found.</summary>
    private static (double Wall, double Cpu, int Statements) Ours(StatementAnalyzer analyzer, List<string> texts, int rounds)
    {
        var process = Process.GetCurrentProcess();
        process.Refresh();
        var cpu = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var statements = 0;
        for (var round = 0; round < rounds; round++)
        {
            foreach (var text in texts)
            {
                statements += analyzer.Analyze(Article.FromText(text)).Statements.Count;
            }
        }

        var wall = clock.Elapsed.TotalSeconds;
        process.Refresh();
        return (wall / rounds, (process.TotalProcessorTime - cpu).TotalSeconds / rounds, statements / rounds);
    }

    /// <summary>Runs a Node.js tool in the peer folder and returns its standard output, or null when it fails.</summary>
    private static string? Node(string folder, string tool, string arguments)
    {
        var start = new ProcessStartInfo(tool, arguments) { WorkingDirectory = folder, RedirectStandardOutput = true, UseShellExecute = false };
        using var process = Process.Start(start);
        if (process is null)
        {
            return null;
        }

        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode == 0 ? output : null;
    }
}
