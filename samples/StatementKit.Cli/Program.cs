using System.Text;
using StatementKit;
using StatementKit.Cli;
using StatementKit.Speakers;

// statementkit analyze [--format table|json|jsonl] PATH...   (files, folders, or - for standard input)
Console.OutputEncoding = Encoding.UTF8;
if (args.Length == 0 || args[0] is "-h" or "--help" || args[0] != "analyze")
{
    Console.Error.WriteLine("usage: statementkit analyze [--format table|json|jsonl] PATH...   (PATH: file, folder, or - for stdin)");
    return args.Length > 0 && args[0] is "-h" or "--help" ? 0 : 2;
}

var format = "table";
var paths = new List<string>();
for (var i = 1; i < args.Length; i++)
{
    if (args[i] is "--format" or "-f" && i + 1 < args.Length)
    {
        format = args[++i];
    }
    else
    {
        paths.Add(args[i]);
    }
}

if (format is not ("table" or "json" or "jsonl") || paths.Count == 0)
{
    Console.Error.WriteLine("statementkit: give --format table, json or jsonl, and at least one PATH");
    return 2;
}

var inputs = InputFiles.Expand(paths);
if (inputs.Missing.Count > 0)
{
    foreach (var missing in inputs.Missing)
    {
        Console.Error.WriteLine($"statementkit: no such file or folder: {missing}");
    }

    return 2;
}

// Several articles share one speaker registry, so later articles use the gender evidence of earlier ones.
var builder = new StatementAnalyzerBuilder();
if (inputs.Files.Count > 1)
{
    builder.UseSpeakerRegistry(new InMemorySpeakerRegistry());
}

var analyzer = builder.Build();
var output = Console.Out;
var results = new List<(string Path, ArticleAnalysis Analysis)>();
var analyses = analyzer.AnalyzeAll(inputs.Files.Select(InputFiles.Read));
foreach (var (path, analysis) in inputs.Files.Zip(analyses))
{
    switch (format)
    {
        case "jsonl":
            output.WriteLine(JsonReport.Write(path, analysis, indented: false));
            break;
        case "table":
            TableReport.Write(output, path, analysis);
            break;
        default:
            results.Add((path, analysis));
            break;
    }
}

if (format == "json")
{
    output.WriteLine(JsonReport.WriteArray(results));
}

return 0;
