using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace StatementKit.Worker;

/// <summary>One input article and the name its record carries (<c>path</c> in the JSON contract).</summary>
internal sealed record SourcedArticle(string Path, Article Article);

/// <summary>
/// Reads the worker's input lazily: the files of a folder (this replica's shard of them, in ordinal name order), or
/// JSON lines on standard input (<c>{"id": "…", "text": "…"}</c> or <c>{"id": "…", "html": "…", "url": "…"}</c>).
/// What cannot be read is logged and skipped; the run goes on.
/// </summary>
internal sealed partial class ArticleSource(IOptions<WorkerOptions> settings, ILogger<ArticleSource> logger)
{
    private readonly WorkerOptions options = settings.Value;

    public IEnumerable<SourcedArticle> Read(TextReader standardInput) =>
        options.Input == "-" ? FromLines(standardInput) : FromFolder(options.Input);

    /// <summary>A stable shard for a file name (FNV-1a over its UTF-16 code units), the same in every replica and run.</summary>
    public static int ShardOf(string fileName, int shardCount)
    {
        var hash = 2166136261u;
        foreach (var c in fileName)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (int)(hash % (uint)shardCount);
    }

    private IEnumerable<SourcedArticle> FromFolder(string folder)
    {
        List<string> files;
        try
        {
            files = [.. Directory.EnumerateFiles(folder)
                .Where(f => Path.GetExtension(f).ToUpperInvariant() is ".TXT" or ".HTML" or ".HTM")
                .Where(f => ShardOf(Path.GetFileName(f), options.ShardCount) == options.ShardIndex)
                .Order(StringComparer.Ordinal)];
            if (Directory.EnumerateDirectories(folder).Count() is > 0 and var subfolders)
            {
                // The folder mode reads one folder; say so rather than pass over articles without a word.
                LogSubfoldersSkipped(logger, subfolders, folder);
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            LogFolderUnreadable(logger, folder, exception.Message);
            Environment.ExitCode = 2;
            files = [];
        }

        foreach (var file in files)
        {
            if (TryReadFile(file) is { } article)
            {
                yield return new SourcedArticle(file, article);
            }
        }
    }

    private Article? TryReadFile(string file)
    {
        try
        {
            var info = new FileInfo(file);
            if (info.Length > options.MaxArticleBytes)
            {
                LogSkipped(logger, file, $"larger than {options.MaxArticleBytes} bytes");
                return null;
            }

            var content = File.ReadAllText(file);
            return Path.GetExtension(file).ToUpperInvariant() is ".HTML" or ".HTM" ? Article.FromHtml(content) : Article.FromText(content);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            LogSkipped(logger, file, exception.Message);
            return null;
        }
    }

    private IEnumerable<SourcedArticle> FromLines(TextReader input)
    {
        var number = 0;
        while (input.ReadLine() is { } line)
        {
            number++;
            if (line.Length == 0)
            {
                continue;
            }

            if (line.Length * 3L > options.MaxArticleBytes * 4)
            {
                LogSkipped(logger, $"line {number}", $"larger than {options.MaxArticleBytes} bytes");
                continue;
            }

            if (Parse(line, number) is { } article)
            {
                yield return article;
            }
        }
    }

    private SourcedArticle? Parse(string line, int number)
    {
        try
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            var id = root.TryGetProperty("id", out var idValue) && idValue.ValueKind == JsonValueKind.String ? idValue.GetString()! : $"line {number}";
            Article article;
            if (root.TryGetProperty("html", out var html) && html.ValueKind == JsonValueKind.String)
            {
                article = Article.FromHtml(html.GetString()!);
            }
            else if (root.TryGetProperty("text", out var text) && text.ValueKind == JsonValueKind.String)
            {
                article = Article.FromText(text.GetString()!);
            }
            else
            {
                LogSkipped(logger, id, "neither \"text\" nor \"html\"");
                return null;
            }

            if (root.TryGetProperty("url", out var url) && url.ValueKind == JsonValueKind.String
                && Uri.TryCreate(url.GetString(), UriKind.Absolute, out var uri))
            {
                article = article with { Url = uri };
            }

            return new SourcedArticle(id, article);
        }
        catch (JsonException exception)
        {
            LogSkipped(logger, $"line {number}", "not a JSON object: " + exception.Message);
            return null;
        }
        catch (InvalidOperationException exception)
        {
            LogSkipped(logger, $"line {number}", "not a JSON object: " + exception.Message);
            return null;
        }
    }

    [LoggerMessage(EventId = 11, Level = LogLevel.Warning, Message = "Skipped {Count} subfolder(s) of {Folder}: the folder mode reads the folder's own files (enqueue reads subfolders too)")]
    private static partial void LogSubfoldersSkipped(ILogger logger, int count, string folder);

    [LoggerMessage(EventId = 12, Level = LogLevel.Error, Message = "Cannot read the input folder {Folder}: {Reason}")]
    private static partial void LogFolderUnreadable(ILogger logger, string folder, string reason);

    [LoggerMessage(EventId = 10, Level = LogLevel.Warning, Message = "Skipped {Input}: {Reason}")]
    private static partial void LogSkipped(ILogger logger, string input, string reason);
}
