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
        endpoints.MapGet("/api/modes", (ReviewModes modes) => Results.Ok(modes.Names));
        endpoints.MapPost("/api/analyze", AnalyzeAsync);

        // Browsers ask for /favicon.ico whatever the page links: the page's own icon, not a 404.
        endpoints.MapGet("/favicon.ico", () => Results.File(Path.Combine(AppContext.BaseDirectory, "wwwroot", "favicon.svg"), "image/svg+xml"));
    }

    private static async Task<IResult> AnalyzeAsync(HttpContext context, ReviewModes modes, ReviewSettings settings)
    {
        var (request, status, problem) = await AnalyzeRequest.ReadAsync(context.Request, settings.MaxRequestBytes, context.RequestAborted);
        if (request is null)
        {
            return Results.Problem(problem, statusCode: status);
        }

        var mode = request.Mode ?? modes.Default;
        if (modes.For(mode) is not { } analyzer)
        {
            return Results.Problem($"\"mode\" is one of: {string.Join(", ", modes.Names)}.", statusCode: StatusCodes.Status400BadRequest);
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
        timeout.CancelAfter(settings.AnalysisTimeout);
        try
        {
            var analysis = analyzer.Analyze(request.ToArticle(), timeout.Token);
            var json = AnalysisJsonWriter.ToJson(request.Name, analysis, new AnalysisJsonOptions { IncludeText = true, IncludeEntityDetails = true, Mode = mode });
            return Results.Text(json, "application/json; charset=utf-8");
        }
        catch (OperationCanceledException) when (!context.RequestAborted.IsCancellationRequested)
        {
            return Results.Problem($"The analysis took longer than {settings.AnalysisTimeout.TotalSeconds:0} s.", statusCode: StatusCodes.Status503ServiceUnavailable);
        }
    }
}
