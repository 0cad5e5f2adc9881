using System.Diagnostics;
using System.Text;
using SharpFuzz;
using StatementKit;
using StatementKit.Fuzzing;

// Usage:  StatementKit.Fuzzing text|html                  (under afl-fuzz, after run.sh instrumented StatementKit.dll)
//         StatementKit.Fuzzing text|html --repro FILE...   (replays inputs on an uninstrumented build, e.g. through
//                                                          `dotnet run --project tests/StatementKit.Fuzzing -c Release --`)
if (args.Length == 0 || args[0] is not ("text" or "html"))
{
    Console.Error.WriteLine("usage: StatementKit.Fuzzing text|html [--repro FILE...]");
    return 2;
}

var html = args[0] == "html";

// Built on first use: instrumented code writes to AFL's coverage map, which exists only once Fuzzer.Run has started.
StatementAnalyzer? analyzer = null;

// Bytes are read as UTF-8 with replacement (what the CLI does with a file); the mutator's invalid sequences become U+FFFD.
void AnalyzeBytes(byte[] bytes)
{
    var content = Encoding.UTF8.GetString(bytes);
    var article = html ? Article.FromHtml(content) : Article.FromText(content);
    analyzer ??= StatementAnalyzer.CreateDefault();
    AnalysisInvariants.Check(analyzer.Analyze(article));
}

if (args.Length > 1 && args[1] == "--repro")
{
    foreach (var file in args.Skip(2))
    {
        var watch = Stopwatch.StartNew();
        AnalyzeBytes(File.ReadAllBytes(file));
        Console.WriteLine($"{file}: ok in {watch.ElapsedMilliseconds} ms");
    }

    return 0;
}

// Persistent mode: one process analyses many inputs, so the analyzer (and its data) is built once. Any exception is a
// crash for AFL: the analyzer must never throw on content, and no cancellation is requested here.
Fuzzer.Run(stream =>
{
    using var buffer = new MemoryStream();
    stream.CopyTo(buffer);
    AnalyzeBytes(buffer.ToArray());
});
return 0;
