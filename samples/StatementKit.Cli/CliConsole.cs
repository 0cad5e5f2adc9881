namespace StatementKit.Cli;

/// <summary>
/// The streams and terminal facts the CLI works with: the process console in <c>Program</c>, in-memory writers in tests.
/// </summary>
/// <param name="Out">Standard output: the reports.</param>
/// <param name="Error">Standard error: problems, notes and progress.</param>
/// <param name="OpenStandardInput">Opens standard input as bytes (for the path <c>-</c>).</param>
/// <param name="OutputIsTerminal">Whether standard output is a terminal (the table then wraps at its width).</param>
/// <param name="ErrorIsTerminal">Whether standard error is a terminal (progress is then shown for long batches).</param>
/// <param name="TerminalWidth">The width of the terminal, when output goes to one.</param>
internal sealed record CliConsole(TextWriter Out, TextWriter Error, Func<Stream> OpenStandardInput,
    bool OutputIsTerminal, bool ErrorIsTerminal, int TerminalWidth)
{
    /// <summary>The width the table wraps at when output goes to a file or pipe: stable, so saved reports do not depend on a window.</summary>
    public const int DefaultWidth = 120;

    public int Width => OutputIsTerminal && TerminalWidth >= 40 ? TerminalWidth : DefaultWidth;

    public static CliConsole FromSystemConsole()
    {
        var width = 0;
        if (!Console.IsOutputRedirected)
        {
            try
            {
                width = Console.WindowWidth;
            }
            catch (IOException)
            {
                width = 0;
            }
        }

        return new CliConsole(Console.Out, Console.Error, Console.OpenStandardInput,
            !Console.IsOutputRedirected, !Console.IsErrorRedirected, width);
    }
}
