using StatementKit.JsonContract;

namespace StatementKit.Web;

/// <summary>
/// The endpoints of the review page: the bundled articles, and <c>POST /api/analyze</c>, which answers with the JSON
/// contract (the same writer as the CLI's <c>--format jsonl</c>) plus the analysed text and each entity's details.
/// </summary>
internal static class ReviewApi
{
    public static void MapReviewApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/articles", (BundledArticles articles) => Results.Ok(articles.Names));
        endpoints.MapGet("/api/articles/{name}", (string name, BundledArticles articles) =>
            articles.Read(name) is { } text ? Results.Text(text, "text/plain; charset=utf-8") : Results.NotFound());
        endpoints.MapPost("/api/analyze", AnalyzeAsync);
    }

    private static async Task<IResult> AnalyzeAsync(HttpContext context, IStatementAnalyzer analyzer, ReviewSettings settings)
    {
        var (request, status, problem) = await AnalyzeRequest.ReadAsync(context.Request, settings.MaxRequestBytes, context.RequestAborted);
        if (request is null)
        {
            return Results.Problem(problem, statusCode: status);
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
        timeout.CancelAfter(settings.AnalysisTimeout);
        try
        {
            var analysis = analyzer.Analyze(request.ToArticle(), timeout.Token);
            var json = AnalysisJsonWriter.ToJson(request.Name, analysis, new AnalysisJsonOptions { IncludeText = true, IncludeEntityDetails = true });
            return Results.Text(json, "application/json; charset=utf-8");
        }
        catch (OperationCanceledException) when (!context.RequestAborted.IsCancellationRequested)
        {
            return Results.Problem($"The analysis took longer than {settings.AnalysisTimeout.TotalSeconds:0} s.", statusCode: StatusCodes.Status503ServiceUnavailable);
        }
    }
}
