using System.Text;
using System.Text.Json;

namespace StatementKit.Web;

/// <summary>
/// The body of <c>POST /api/analyze</c>: JSON <c>{"content": "…", "format": "auto|text|html", "name": "…", "url": "…",
/// "mode": "accurate|fast"}</c>, or the article itself as <c>text/plain</c> or <c>text/html</c>. Read with a size cap,
/// whatever the headers claim. Without a mode the default one runs.
/// </summary>
internal sealed record AnalyzeRequest(string Content, string Format, string Name, Uri? Url)
{
    /// <summary>The mode asked for, or null for the default.</summary>
    public string? Mode { get; init; }

    /// <summary>The article to analyse: HTML when asked, or for "auto" when the name or the content says so.</summary>
    public Article ToArticle()
    {
        var isHtml = Format switch
        {
            "html" => true,
            "text" => false,
            _ => Name.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || Name.EndsWith(".htm", StringComparison.OrdinalIgnoreCase)
                || Content.AsSpan().TrimStart().StartsWith("<"),
        };
        return (isHtml ? Article.FromHtml(Content) : Article.FromText(Content)) with { Url = Url };
    }

    /// <summary>The request, or the status code and reason it is refused with.</summary>
    public static async Task<(AnalyzeRequest? Request, int Status, string? Problem)> ReadAsync(HttpRequest request, long maximumBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maximumBytes)
        {
            return (null, StatusCodes.Status413PayloadTooLarge, $"The request is larger than {maximumBytes} bytes.");
        }

        byte[] body;
        try
        {
            body = await ReadAtMostAsync(request.Body, maximumBytes + 1, cancellationToken);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, StatusCodes.Status413PayloadTooLarge, $"The request is larger than {maximumBytes} bytes.");
        }

        if (body.Length > maximumBytes)
        {
            return (null, StatusCodes.Status413PayloadTooLarge, $"The request is larger than {maximumBytes} bytes.");
        }

        var mediaType = request.ContentType?.Split(';')[0].Trim() ?? "";
        if (mediaType.Equals("text/plain", StringComparison.OrdinalIgnoreCase) || mediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase))
        {
            var format = mediaType.EndsWith("html", StringComparison.OrdinalIgnoreCase) ? "html" : "text";
            return (new AnalyzeRequest(Encoding.UTF8.GetString(body), format, "article", null), StatusCodes.Status200OK, null);
        }

        if (!mediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase))
        {
            return (null, StatusCodes.Status415UnsupportedMediaType, "Send application/json, text/plain or text/html.");
        }

        return FromJson(body);
    }

    private static (AnalyzeRequest?, int, string?) FromJson(byte[] body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("content", out var content) || content.ValueKind != JsonValueKind.String)
            {
                return (null, StatusCodes.Status400BadRequest, "The JSON body needs a string \"content\".");
            }

            var format = String(root, "format") ?? "auto";
            if (format is not ("auto" or "text" or "html"))
            {
                return (null, StatusCodes.Status400BadRequest, "\"format\" is auto, text or html.");
            }

            var url = Uri.TryCreate(String(root, "url"), UriKind.Absolute, out var parsed) ? parsed : null;
            var request = new AnalyzeRequest(content.GetString()!, format, String(root, "name") ?? "article", url) { Mode = String(root, "mode") };
            return (request, StatusCodes.Status200OK, null);
        }
        catch (JsonException e)
        {
            return (null, StatusCodes.Status400BadRequest, "The body is not valid JSON: " + e.Message);
        }
    }

    private static string? String(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static async Task<byte[]> ReadAtMostAsync(Stream body, long limit, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[64 * 1024];
        while (buffer.Length < limit)
        {
            var read = await body.ReadAsync(chunk.AsMemory(0, (int)Math.Min(chunk.Length, limit - buffer.Length)), cancellationToken);
            if (read == 0)
            {
                break;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
