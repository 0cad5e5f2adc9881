using System.CommandLine;
using System.CommandLine.Help;
using StatementKit.Cli.Analysis;
using StatementKit.Cli.Reports;

namespace StatementKit.Cli.CommandLine;

/// <summary>
/// The <c>statementkit</c> command line: parses, prints help and the version, reports usage errors by name with exit
/// code 2, and runs <c>analyze</c>. Runs in-process against any <see cref="CliConsole"/>, which is how it is tested.
/// </summary>
internal static class CliApplication
{
    public static int Run(IReadOnlyList<string> args, CliConsole console)
    {
        var analyze = new AnalyzeCommand(console);
        var root = new RootCommand("statementkit: who said what in news articles, and how far to trust it.")
        {
            analyze.Command,
        };

        var parseResult = root.Parse(args);
        var errors = parseResult.Errors.Select(e => e.Message).Concat(analyze.UnknownOptions(parseResult)).Distinct().ToList();
        if (errors.Count > 1)
        {
            // "statementkit foo" is both "no command" and "unknown 'foo'": the second says it all.
            errors.Remove(NoCommand);
        }

        if (errors.Count > 0)
        {
            foreach (var error in errors)
            {
                console.Error.WriteLine("statementkit: " + TerminalText.Clean(Reword(error)));
            }

            var help = parseResult.CommandResult.Command == analyze.Command ? "statementkit analyze --help" : "statementkit --help";
            console.Error.WriteLine($"Run '{help}' for usage.");
            return ExitCodes.Usage;
        }

        try
        {
            var exitCode = parseResult.Invoke(new InvocationConfiguration { Output = console.Out, Error = console.Error, EnableDefaultExceptionHandler = false });
            if (analyze.RunAbandoned)
            {
                // Ctrl+C (130) or SIGTERM (143), and the run did not stop in time: it is left behind on its background thread,
                // and the process ends.
                console.Error.WriteLine(AnalyzeCommand.Interrupted);
                return exitCode;
            }

            if (parseResult.Action is HelpAction)
            {
                console.Out.WriteLine(ExitCodeHelp);
            }

            console.Out.Flush();
            return exitCode;
        }
        catch (Exception e) when (e is OutputClosedException or IOException)
        {
            // The reader of standard output has gone: nothing to say, and nobody to say it to.
            return ExitCodes.Success;
        }
    }

    private const string NoCommand = "Required command was not provided.";

    private const string ExitCodeHelp = """
        Exit codes:
          0    every input was analysed (or help or the version was printed)
          1    some input could not be read or analysed: each is named on standard error, the others are analysed
          2    the command line is wrong (unknown command or option, bad value, no PATH)
          130  interrupted
        """;

    /// <summary>System.CommandLine's messages, said the way this CLI says them.</summary>
    private static string Reword(string message) => message switch
    {
        NoCommand => "no command given; the command is 'analyze'.",
        _ when message.StartsWith("Required argument 'PATH' missing", StringComparison.Ordinal) =>
            "give at least one PATH: a file, a folder, or - for standard input.",
        _ when message.StartsWith("Unrecognized command or argument", StringComparison.Ordinal) =>
            message.Replace("Unrecognized command or argument", "Unknown command or option", StringComparison.Ordinal) + " The command is 'analyze'.",
        _ => message,
    };
}
