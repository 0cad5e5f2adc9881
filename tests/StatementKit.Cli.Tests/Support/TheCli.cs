using System.Text;
using StatementKit.Cli.CommandLine;

namespace StatementKit.Cli.Tests.Support;

/// <summary>What a run of the CLI gave.</summary>
internal sealed record CliResult(int ExitCode, string Out, string Error)
{
    public string[] OutLines => Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
}

/// <summary>Runs the CLI in-process against in-memory streams: fast, for everything that cannot hang.</summary>
internal static class TheCli
{
    public static CliResult Run(params string[] args) => RunWithInput("", args);

    public static CliResult RunWithInput(string standardInput, params string[] args) =>
        RunWith(new Console(standardInput, OutputIsTerminal: false, ErrorIsTerminal: false, Width: 0), args);

    public static CliResult RunWith(Console terminal, params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var input = Encoding.UTF8.GetBytes(terminal.StandardInput);
        var console = new CliConsole(output, error, () => new MemoryStream(input), terminal.OutputIsTerminal, terminal.ErrorIsTerminal, terminal.Width);
        var exitCode = CliApplication.Run(args, console);
        return new CliResult(exitCode, output.ToString(), error.ToString());
    }

    public static string Article(string name) => Path.Combine(AppContext.BaseDirectory, "articles", name);

    public static string[] Articles() => Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "articles"), "*.txt").Order(StringComparer.Ordinal).ToArray();

    internal sealed record Console(string StandardInput, bool OutputIsTerminal, bool ErrorIsTerminal, int Width);
}
