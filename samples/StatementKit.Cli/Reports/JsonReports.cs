using StatementKit.JsonContract;

namespace StatementKit.Cli.Reports;

/// <summary><c>--format jsonl</c>: one compact JSON object per article and line (the contract other tools read).</summary>
internal sealed class JsonLinesReport(TextWriter output, AnalysisJsonOptions options) : IReportWriter
{
    public void Write(string path, ArticleAnalysis analysis)
    {
        output.Write(AnalysisJsonWriter.ToJson(path, analysis, options));
        output.Write('\n');
        output.Flush();
    }

    public void Complete() => output.Flush();
}

/// <summary>
/// <c>--format json</c>: the same objects as one indented array, written as each article is done rather than held
/// until the end, so a batch of thousands of articles needs no more memory than one.
/// </summary>
internal sealed class JsonArrayReport(TextWriter output, AnalysisJsonOptions options) : IReportWriter
{
    private int written;

    public void Write(string path, ArticleAnalysis analysis)
    {
        output.Write(written++ == 0 ? "[\n" : ",\n");
        output.Write(AnalysisJsonWriter.ToJson(path, analysis, options, indented: true));
        output.Flush();
    }

    public void Complete()
    {
        output.Write(written == 0 ? "[]\n" : "\n]\n");
        output.Flush();
    }
}
