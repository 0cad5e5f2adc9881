using System.Globalization;
using StatementKit.Cli.Reports;

namespace StatementKit.Cli.Analysis;

/// <summary>
/// The notes a run writes on standard error besides problems: options that do not apply to the format, empty inputs,
/// and inputs long enough that the analysis takes a while (one article gives no progress of its own, so the person
/// waiting is told what to expect, and of the faster mode).
/// </summary>
internal static class RunNotes
{
    /// <summary>Characters a second per core, about (README, "Accurate mode": 84–96 KB/s; the fast mode about 40 times that).</summary>
    internal const double AccurateCharactersPerSecond = 90_000, FastCharactersPerSecond = AccurateCharactersPerSecond * 40;

    /// <summary>An expected analysis time from which an input gets a note before it is analysed.</summary>
    internal static readonly TimeSpan LongInput = TimeSpan.FromSeconds(10);

    /// <summary>The note for an option the format ignores, or null.</summary>
    public static string? ForOptions(AnalyzeSettings settings) =>
        settings.IncludeText && settings.Format == ReportFormat.Table
            ? "statementkit: --include-text adds the analysed text to json and jsonl only; the table shows the statements, not the whole text"
            : null;

    /// <summary>The note for an input with nothing to analyse.</summary>
    public const string Empty = "empty: no text to analyse (an empty result follows)";

    /// <summary>The note for an input whose analysis will take long in this mode, or null.</summary>
    public static string? ForLength(int characters, AnalysisMode mode)
    {
        var speed = mode == AnalysisMode.Accurate ? AccurateCharactersPerSecond : FastCharactersPerSecond;
        var expected = TimeSpan.FromSeconds(characters / speed);
        if (expected < LongInput)
        {
            return null;
        }

        var size = (characters / 1_000_000.0).ToString("0.0", CultureInfo.InvariantCulture);
        var time = expected.TotalMinutes >= 1
            ? $"{Math.Round(expected.TotalMinutes).ToString(CultureInfo.InvariantCulture)} min"
            : $"{Math.Round(expected.TotalSeconds).ToString(CultureInfo.InvariantCulture)} s";
        var hint = mode == AnalysisMode.Accurate ? "; --mode fast is about 40 times faster" : "";
        return $"{size} million characters in the {Name(mode)} mode: about {time} on one core{hint}";
    }

    /// <summary>The mode's name as the command line and the output spell it.</summary>
    public static string Name(AnalysisMode mode) => mode == AnalysisMode.Accurate ? "accurate" : "fast";
}
