using StatementKit.JsonContract;

namespace StatementKit.Cli.Reports;

/// <summary>Writes the analyses of a run, one article at a time, in one <c>--format</c>.</summary>
internal interface IReportWriter
{
    /// <summary>Writes one article's analysis and flushes it, so a reader sees each article as soon as it is done.</summary>
    void Write(string path, ArticleAnalysis analysis);

    /// <summary>Ends the output (closes the JSON array).</summary>
    void Complete();
}

/// <summary>The output formats of <c>analyze</c>.</summary>
internal enum ReportFormat
{
    /// <summary>Human-readable: statements with speakers, then the reliability summary.</summary>
    Table,

    /// <summary>The JSON contract as one indented array.</summary>
    Json,

    /// <summary>The JSON contract, one compact object per line.</summary>
    Jsonl,
}

internal static class ReportWriters
{
    /// <param name="format">The output format.</param>
    /// <param name="output">Standard output.</param>
    /// <param name="includeText">json/jsonl: add the analysed text.</param>
    /// <param name="width">The table's width.</param>
    /// <param name="mode">The name of the mode that ran (<c>accurate</c> or <c>fast</c>), said in every format.</param>
    public static IReportWriter Create(ReportFormat format, TextWriter output, bool includeText, int width, string mode) => format switch
    {
        ReportFormat.Json => new JsonArrayReport(output, new AnalysisJsonOptions { IncludeText = includeText, Mode = mode }),
        ReportFormat.Jsonl => new JsonLinesReport(output, new AnalysisJsonOptions { IncludeText = includeText, Mode = mode }),
        _ => new TableReport(output, width, mode),
    };
}
