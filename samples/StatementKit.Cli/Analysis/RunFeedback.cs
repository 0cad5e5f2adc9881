using Spectre.Console;

namespace StatementKit.Cli.Analysis;

/// <summary>What a run tells the person at the terminal while it works: problems and notes, and its progress.</summary>
internal interface IRunFeedback
{
    /// <summary>Reports a path that was not read or not analysed, or a note about one.</summary>
    void Report(string path, string message);

    /// <summary>Counts one more article done.</summary>
    void Advance();
}

/// <summary>
/// Chooses the feedback of a run: messages on standard error, plus a progress bar (Spectre.Console) when standard error
/// is a terminal, the reports go elsewhere (a file or a pipe, so the bar does not tear them) and the batch is long.
/// </summary>
internal static class RunFeedback
{
    /// <summary>The number of articles from which a batch shows progress.</summary>
    public const int ProgressFrom = 20;

    public static T Run<T>(CliConsole console, int articleCount, Func<IRunFeedback, T> work)
    {
        if (!console.ErrorIsTerminal || console.OutputIsTerminal || articleCount < ProgressFrom)
        {
            return work(new PlainFeedback(console.Error));
        }

        var terminal = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(console.Error),
            Interactive = InteractionSupport.Yes,
        });
        return terminal.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(context => work(new ProgressFeedback(terminal, context.AddTask($"analysing {articleCount} articles", maxValue: articleCount))));
    }

    internal static string Message(string path, string message) =>
        $"statementkit: {Reports.TerminalText.Clean(path)}: {Reports.TerminalText.Clean(message)}";

    private sealed class PlainFeedback(TextWriter error) : IRunFeedback
    {
        public void Report(string path, string message) => error.WriteLine(Message(path, message));

        public void Advance()
        {
        }
    }

    private sealed class ProgressFeedback(IAnsiConsole terminal, ProgressTask task) : IRunFeedback
    {
        // Written through the live display, so messages appear above the bar instead of through it.
        public void Report(string path, string message) => terminal.WriteLine(Message(path, message));

        public void Advance() => task.Increment(1);
    }
}
