using StatementKit.Cli.Inputs;
using StatementKit.Cli.Reports;

namespace StatementKit.Cli.Analysis;

/// <summary>
/// One run of <c>analyze</c>: expand the paths, read each input (refusing what is not a regular text file), analyse in
/// order, write each report as it is done. A problem with one input is reported and the others go on.
/// </summary>
internal sealed class AnalyzeRun(AnalyzeSettings settings, CliConsole console)
{
    public int Execute(CancellationToken cancellationToken)
    {
        var items = new InputExpander(settings.Recursive, settings.MaximumBytes).Expand(settings.Paths);
        var articleCount = items.Count(i => i.IsReadable);
        var analyzer = AnalyzerFactory.Create(settings, articleCount);
        var reader = new ArticleReader(settings.MaximumBytes, console.OpenStandardInput);
        var report = ReportWriters.Create(settings.Format, console.Out, settings.IncludeText, console.Width, RunNotes.Name(settings.Mode));
        if (RunNotes.ForOptions(settings) is { } optionNote)
        {
            console.Error.WriteLine(optionNote);
        }

        return RunFeedback.Run(console, articleCount, feedback =>
        {
            var failures = 0;
            IEnumerable<ReadArticle> ReadAll()
            {
                foreach (var item in items)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    if (!item.IsReadable)
                    {
                        feedback.Report(item.Path, item.Problem!);
                        failures += item.IsFailure ? 1 : 0;
                        continue;
                    }

                    var read = reader.Read(item);
                    if (read.Article is null)
                    {
                        feedback.Report(item.Path, read.Problem!);
                        failures++;
                        feedback.Advance();
                        continue;
                    }

                    if (read.IsEmpty)
                    {
                        feedback.Report(item.Path, RunNotes.Empty);
                    }
                    else if (RunNotes.ForLength(read.Characters, settings.Mode) is { } lengthNote)
                    {
                        feedback.Report(item.Path, lengthNote);
                    }

                    yield return new ReadArticle(item, read.Article);
                }
            }

            foreach (var outcome in BatchAnalysis.Run(analyzer, ReadAll(), cancellationToken))
            {
                if (outcome.Analysis is null)
                {
                    feedback.Report(outcome.Input.Path, outcome.Problem!);
                    failures++;
                }
                else
                {
                    WriteReport(() => report.Write(outcome.Input.Path, outcome.Analysis));
                }

                feedback.Advance();
            }

            WriteReport(report.Complete);
            return failures > 0 ? ExitCodes.SomeInputFailed : ExitCodes.Success;
        });
    }

    /// <summary>
    /// A failed write to standard output means its reader has gone (a closed pipe, <c>| head</c>): there is nobody to
    /// work for, so the run ends, quietly.
    /// </summary>
    private static void WriteReport(Action write)
    {
        try
        {
            write();
        }
        catch (IOException e)
        {
            throw new OutputClosedException(e);
        }
    }
}

/// <summary>Standard output can no longer be written: the run ends without a message.</summary>
internal sealed class OutputClosedException(IOException inner) : Exception("Standard output was closed.", inner);

/// <summary>The exit codes of the CLI (README, "The CLI").</summary>
internal static class ExitCodes
{
    /// <summary>Every input was analysed (or help or the version was printed).</summary>
    public const int Success = 0;

    /// <summary>Some input could not be read or analysed; the others were.</summary>
    public const int SomeInputFailed = 1;

    /// <summary>The command line is wrong: an unknown command or option, a bad value, no path.</summary>
    public const int Usage = 2;

    /// <summary>Interrupted (Ctrl+C), as shells report a process ended by SIGINT.</summary>
    public const int Cancelled = 130;
}
