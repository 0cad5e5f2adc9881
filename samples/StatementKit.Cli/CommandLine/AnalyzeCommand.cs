using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using StatementKit.Cli.Analysis;
using StatementKit.Cli.Reports;

namespace StatementKit.Cli.CommandLine;

/// <summary>The <c>analyze</c> command: its options, their help, and the settings they make.</summary>
internal sealed class AnalyzeCommand
{
    /// <summary>The largest <c>--max-size</c>: a .NET array holds at most 2 GB, and no article comes near.</summary>
    public const int LargestMaximumMegabytes = 1024;

    private readonly Option<string> format = new("--format", "-f")
    {
        Description = "Output format: table (for people), json (one indented array) or jsonl (one object per line, the stable contract tools read).",
        DefaultValueFactory = _ => "table",
        HelpName = "table|json|jsonl",
    };

    private readonly Option<string> mode = new("--mode", "-m")
    {
        Description = "accurate (the rules with the learnt statement tagger: finds more reported speech, about 90 KB of text per second per core) or fast (the rules alone, about 40 times faster).",
        DefaultValueFactory = _ => "accurate",
        HelpName = "accurate|fast",
    };

    private readonly Option<bool> recursive = new("--recursive", "-r")
    {
        Description = "Read the .txt, .html and .htm files of subfolders too (without it only a folder's own files are read).",
    };

    private readonly Option<bool> includeText = new("--include-text")
    {
        Description = "json/jsonl: add \"text\", the analysed text that every start/length indexes (for HTML, the text extracted from the page).",
    };

    private readonly Option<double> minimumConfidence = new("--min-confidence")
    {
        Description = "Leave out statements whose confidence (a probability, 0 to 1) is lower: higher gives a shorter, more precise list, 0 keeps every candidate. Default: the library's, 0.3.",
        DefaultValueFactory = _ => new StatementKitOptions().MinimumConfidence,
        CustomParser = result => ParseNumber(result, "--min-confidence", 0, 1, "a number from 0 to 1"),
        HelpName = "0..1",
    };

    private readonly Option<IReadOnlySet<StatementType>> types = new("--types")
    {
        Description = "Statement types to report, comma-separated: assertion (speech), belief, fact, eventuality (intentions). Default: all; a quote tracker that counts speech uses assertion.",
        DefaultValueFactory = _ => new HashSet<StatementType>(Enum.GetValues<StatementType>()),
        CustomParser = ParseTypes,
        HelpName = "assertion,belief,fact,eventuality",
    };

    private readonly Option<int> maximumSize = new("--max-size")
    {
        Description = "Refuse inputs larger than this many megabytes (MiB), without reading them.",
        DefaultValueFactory = _ => AnalyzeSettings.DefaultMaximumMegabytes,
        CustomParser = result => (int)ParseNumber(result, "--max-size", 1, LargestMaximumMegabytes, $"a whole number of megabytes from 1 to {LargestMaximumMegabytes}"),
        HelpName = "MB",
    };

    private readonly Argument<string[]> paths = new("PATH")
    {
        Description = "Article files, folders of .txt/.html/.htm files, or - for standard input. Files ending in .html or .htm are read as HTML.",
        Arity = ArgumentArity.OneOrMore,
    };

    public AnalyzeCommand(CliConsole console)
    {
        format.Validators.Add(result =>
        {
            if (ParseFormat(result.GetValueOrDefault<string>()) is null)
            {
                result.AddError($"--format must be table, json or jsonl, not '{result.GetValueOrDefault<string>()}'.");
            }
        });
        mode.Validators.Add(result =>
        {
            if (ParseMode(result.GetValueOrDefault<string>()) is null)
            {
                result.AddError($"--mode must be accurate or fast, not '{result.GetValueOrDefault<string>()}'.");
            }
        });
        Command = new Command("analyze", "Find who said what in news articles (statements, speakers, entities) and how far to trust it (reliability flags with evidence).")
        {
            format, mode, recursive, includeText, minimumConfidence, types, maximumSize, paths,
        };
        Command.SetAction((parseResult, cancellationToken) =>
        {
            var settings = Settings(parseResult);

            // The run goes on a thread of its own so that the action returns a task still running: System.CommandLine
            // then, on Ctrl+C, cancels the token and waits at most its ProcessTerminationTimeout (2 s) for the run to
            // stop before it ends the invocation with 130 anyway. A run on the calling thread could not be given up:
            // blocked writing a record to a pipe whose reader is not reading (a jsonl record is often larger than the
            // pipe's 64 KB), it sees the token only once the reader reads again, so Ctrl+C did nothing until then.
            run = Task.Factory.StartNew(() =>
            {
                try
                {
                    return new AnalyzeRun(settings, console).Execute(cancellationToken);
                }
                catch (OperationCanceledException)
                {
                    console.Error.WriteLine(Interrupted);
                    return ExitCodes.Cancelled;
                }
            }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
            return run;
        });
    }

    /// <summary>What an interrupted run says on standard error.</summary>
    public const string Interrupted = "statementkit: interrupted";

    private Task<int>? run;

    public Command Command { get; }

    /// <summary>
    /// True when the invocation ended on Ctrl+C while the run was still stuck (in a write to standard output, say): its
    /// thread still owns the output writer, so the caller must neither flush nor wait for it, only say so and exit.
    /// </summary>
    public bool RunAbandoned => run is { IsCompleted: false };

    /// <summary>
    /// Tokens that look like options but are none (<c>--fromat</c>): System.CommandLine hands them to the PATH argument,
    /// where they would be read as file names. Paths that really start with a dash can follow <c>--</c>.
    /// </summary>
    public IEnumerable<string> UnknownOptions(ParseResult parseResult)
    {
        if (parseResult.GetResult(paths) is not { } result)
        {
            yield break;
        }

        // Everything after a "--" is a path, whatever it looks like.
        var tokens = parseResult.Tokens.ToList();
        var doubleDash = tokens.FindIndex(t => t.Type == TokenType.DoubleDash);
        var optionsEnd = doubleDash < 0 ? tokens.Count : doubleDash;
        foreach (var token in result.Tokens)
        {
            if (token.Value.Length > 1 && token.Value[0] == '-' && tokens.IndexOf(token) < optionsEnd)
            {
                var suggestion = Suggest(token.Value);
                yield return $"Unknown option '{token.Value}' for 'analyze'." + (suggestion is null ? "" : $" Did you mean '{suggestion}'?");
            }
        }
    }

    private AnalyzeSettings Settings(ParseResult parseResult) => new()
    {
        Paths = parseResult.GetRequiredValue(paths),
        Format = ParseFormat(parseResult.GetValue(format)) ?? ReportFormat.Table,
        Mode = ParseMode(parseResult.GetValue(mode)) ?? AnalysisMode.Accurate,
        Recursive = parseResult.GetValue(recursive),
        IncludeText = parseResult.GetValue(includeText),
        MinimumConfidence = parseResult.GetValue(minimumConfidence),
        Types = parseResult.GetValue(types) ?? new HashSet<StatementType>(Enum.GetValues<StatementType>()),
        MaximumBytes = parseResult.GetValue(maximumSize) * 1024L * 1024,
    };

    /// <summary>The statement types named in a comma-separated list, or an error that names the one not known.</summary>
    private static IReadOnlySet<StatementType> ParseTypes(ArgumentResult result)
    {
        var parsed = new HashSet<StatementType>();
        var token = result.Tokens.Count == 0 ? "" : result.Tokens[^1].Value;
        foreach (var name in token.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            // Names only: Enum.TryParse would also take numbers ("--types 7").
            var type = Enum.GetValues<StatementType>().Where(t => string.Equals(t.ToString(), name, StringComparison.OrdinalIgnoreCase)).Cast<StatementType?>().FirstOrDefault();
            if (type is null)
            {
                result.AddError($"--types takes assertion, belief, fact or eventuality, comma-separated, not '{name}'.");
                return parsed;
            }

            parsed.Add(type.Value);
        }

        if (parsed.Count == 0)
        {
            result.AddError("--types needs at least one of assertion, belief, fact or eventuality.");
        }

        return parsed;
    }

    /// <summary>A number in a range, or an error that names the option and says what it takes.</summary>
    private static double ParseNumber(ArgumentResult result, string option, double minimum, double maximum, string expected)
    {
        var token = result.Tokens.Count == 0 ? "" : result.Tokens[^1].Value;
        if (double.TryParse(token, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value >= minimum && value <= maximum
            && (maximum <= 1 || value == Math.Floor(value)))
        {
            return value;
        }

        result.AddError($"{option} takes {expected}, not '{token}'.");
        return minimum;
    }

    private static ReportFormat? ParseFormat(string? value) => value switch
    {
        "table" => ReportFormat.Table,
        "json" => ReportFormat.Json,
        "jsonl" => ReportFormat.Jsonl,
        _ => null,
    };

    private static AnalysisMode? ParseMode(string? value) => value switch
    {
        "accurate" => AnalysisMode.Accurate,
        "fast" => AnalysisMode.Fast,
        _ => null,
    };

    private string? Suggest(string token)
    {
        var names = Command.Options.SelectMany(o => o.Aliases.Prepend(o.Name)).Where(n => n.StartsWith("--", StringComparison.Ordinal));
        return names
            .Select(name => (Name: name, Distance: EditDistance(token, name)))
            .Where(c => c.Distance <= 3)
            .OrderBy(c => c.Distance).ThenBy(c => c.Name, StringComparer.Ordinal)
            .Select(c => c.Name)
            .FirstOrDefault();
    }

    /// <summary>Levenshtein distance, with the two strings short (option names).</summary>
    internal static int EditDistance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
            }

            previous = current;
        }

        return previous[b.Length];
    }
}
