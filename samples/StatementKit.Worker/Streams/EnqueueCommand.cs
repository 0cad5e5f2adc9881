using StackExchange.Redis;

namespace StatementKit.Worker.Streams;

/// <summary>
/// <c>enqueue --redis HOST:PORT --stream NAME PATH...</c>: adds one stream entry per file, the files of folders (and
/// their subfolders) that end in .txt, .html or .htm, with fields <c>id</c> (the path as given, or the folder as given
/// joined with the file's place in it), <c>content</c> (the file's bytes, unchanged: the worker decodes them as the CLI
/// does and dead-letters binary data) and <c>format</c> (<c>html</c> for .html/.htm, else <c>text</c>).
/// </summary>
internal static class EnqueueCommand
{
    public const string Name = "enqueue";

    private static readonly string[] ArticleExtensions = [".txt", ".html", ".htm"];

    /// <summary>Runs the command; returns the exit status (0, or 2 when a file could not be read).</summary>
    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        var arguments = CommandArguments.Parse(Name, args, ["redis", "stream"]);
        var redis = arguments.Required("redis");
        var stream = arguments.Required("stream");
        if (arguments.Positionals.Count == 0)
        {
            throw new UsageException($"{Name}: name at least one file or folder to add.");
        }

        // Every path is checked before anything is added, so a typo adds nothing.
        var files = Expand(arguments.Positionals);
        using var connection = await ConnectAsync(redis).ConfigureAwait(false);
        var database = connection.GetDatabase();
        var added = 0;
        var skipped = 0;
        foreach (var chunk in files.Chunk(64))
        {
            var pending = new List<Task<RedisValue>>(chunk.Length);
            foreach (var file in chunk)
            {
                byte[] content;
                try
                {
                    content = await File.ReadAllBytesAsync(file).ConfigureAwait(false);
                }
                catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
                {
                    await error.WriteLineAsync($"{Name}: skipped {file}: {exception.Message}").ConfigureAwait(false);
                    skipped++;
                    continue;
                }

                pending.Add(database.StreamAddAsync(stream, [new("id", file), new("content", content), new("format", FormatOf(file))]));
            }

            await Task.WhenAll(pending).ConfigureAwait(false);
            added += pending.Count;
        }

        await output.WriteLineAsync($"Added {added} entr{(added == 1 ? "y" : "ies")} to {stream}" + (skipped > 0 ? $"; {skipped} skipped." : ".")).ConfigureAwait(false);
        return skipped > 0 ? 2 : 0;
    }

    internal static string FormatOf(string path)
    {
        var extension = Path.GetExtension(path);
        return extension.Equals(".html", StringComparison.OrdinalIgnoreCase) || extension.Equals(".htm", StringComparison.OrdinalIgnoreCase) ? "html" : "text";
    }

    /// <summary>The files to add, in the order given, each folder's in ordinal order of their paths.</summary>
    internal static List<string> Expand(IEnumerable<string> paths)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                files.Add(path);
            }
            else if (Directory.Exists(path))
            {
                var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = false, AttributesToSkip = 0 };
                try
                {
                    files.AddRange(Directory.EnumerateFiles(path, "*", options)
                        .Where(f => ArticleExtensions.Any(e => Path.GetExtension(f).Equals(e, StringComparison.OrdinalIgnoreCase)))
                        .Order(StringComparer.Ordinal));
                }
                catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
                {
                    throw new UsageException($"{Name}: cannot read the folder {path}: {exception.Message}");
                }
            }
            else
            {
                throw new UsageException($"{Name}: no such file or folder: {path}");
            }
        }

        return files;
    }

    private static async Task<ConnectionMultiplexer> ConnectAsync(string redis)
    {
        var connection = await ConnectionMultiplexer.ConnectAsync(RedisConnection.Options(Name, redis)).ConfigureAwait(false);
        if (!connection.IsConnected)
        {
            connection.Dispose();
            throw new UnreachableServerException($"{Name}: cannot reach Redis at {redis}.");
        }

        return connection;
    }
}

/// <summary>Redis cannot be reached: told in one line, exit status 1 (the command was right; the server is not there).</summary>
internal sealed class UnreachableServerException(string message) : Exception(message);
