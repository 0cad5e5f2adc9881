using System.Text;
using Microsoft.Win32.SafeHandles;

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

        return new CliConsole(OpenStandardOutput(), Console.Error, Console.OpenStandardInput,
            !Console.IsOutputRedirected, !Console.IsErrorRedirected, width);
    }

    /// <summary>
    /// Standard output as a plain file stream where it is a pipe or another unseekable stream. <see cref="Console.Out"/>
    /// silently drops writes to a closed pipe (.NET ignores EPIPE on the console), so a run piped into <c>head</c> would
    /// go on analysing for nobody; a file stream on descriptor 1 throws instead, and the run can stop. Where descriptor 1
    /// is a regular file, though, a <see cref="FileStream"/> writes at a position of its own (pwrite), not at the file
    /// offset it shares with standard error and with the shell (<c>&gt; f 2&gt;&amp;1</c>, <c>{ echo; cli; } &gt; f</c>),
    /// so each would write over the other; the console stream writes at the shared offset, and a file has no closed
    /// reader to notice.
    /// </summary>
    private static TextWriter OpenStandardOutput()
    {
        if (OperatingSystem.IsWindows())
        {
            return Console.Out;
        }

        try
        {
            var stream = new FileStream(new SafeFileHandle(1, ownsHandle: false), FileAccess.Write, bufferSize: 0);
            if (stream.CanSeek)
            {
                stream.Dispose();
                return Utf8Writer(Console.OpenStandardOutput());
            }

            return Utf8Writer(stream);
        }
        catch (Exception e) when (e is IOException or ArgumentException or UnauthorizedAccessException)
        {
            return Console.Out;   // descriptor 1 closed or unusable: the console's writer copes
        }
    }

    private static StreamWriter Utf8Writer(Stream stream) =>
        new(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 64 * 1024) { NewLine = "\n" };
}
