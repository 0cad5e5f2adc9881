using StatementKit.JsonContract;

namespace StatementKit.Cli.Inputs;

/// <summary>An article read from an input (with its length in characters), or why it could not be read.</summary>
internal readonly record struct ReadResult(Article? Article, string? Problem, int Characters = 0)
{
    /// <summary>The input held no text at all (nothing, or only white space): analysed, but worth a note.</summary>
    public bool IsEmpty { get; init; }
}

/// <summary>
/// Reads an input's bytes, never more than the size limit, refuses binary data, and decodes text: UTF-8 (a byte-order
/// mark is dropped), UTF-16 and UTF-32 by their byte-order marks, and a legacy 8-bit text (Windows-1252) when the bytes
/// are mostly but not wholly valid UTF-8. Files ending in .html/.htm, and standard input that starts with markup, are
/// read as HTML.
/// </summary>
internal sealed class ArticleReader(long maximumBytes, Func<Stream> openStandardInput)
{
    public ReadResult Read(InputItem input)
    {
        byte[] bytes;
        try
        {
            using var stream = input.IsStandardInput ? openStandardInput() : OpenRegularFile(input.Path);
            bytes = ReadAtMost(stream, maximumBytes + 1);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new ReadResult(null, "cannot read: " + InputExpander.Reason(e));
        }

        if (bytes.Length > maximumBytes)
        {
            return new ReadResult(null, $"more than the limit of {ByteSize.Format(maximumBytes)} (--max-size)");
        }

        if (Decode(bytes) is not { } text)
        {
            return new ReadResult(null, "binary data (NUL bytes or mostly not text): not read");
        }

        var article = IsHtml(input, text) ? Article.FromHtml(text) : Article.FromText(text);
        return new ReadResult(article, null, text.Length) { IsEmpty = string.IsNullOrWhiteSpace(text) };
    }

    /// <summary>The text of the bytes, or null when they are binary (the rules shared with the worker's queue).</summary>
    internal static string? Decode(ReadOnlySpan<byte> bytes) => ArticleBytes.Decode(bytes);

    private static Stream OpenRegularFile(string path)
    {
        // The expander saw a regular file here. A file swapped for a fifo between that look and this open is a race
        // a command-line tool accepts; the size limit still bounds what is read.
        return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 1, FileOptions.SequentialScan);
    }

    private static byte[] ReadAtMost(Stream stream, long limit)
    {
        var initial = stream.CanSeek ? (int)Math.Min(Math.Max(stream.Length + 1, 1), limit) : 64 * 1024;
        using var buffer = new MemoryStream(initial);
        var chunk = new byte[Math.Min(1 << 20, limit)];
        while (buffer.Length < limit)
        {
            var read = stream.Read(chunk, 0, (int)Math.Min(chunk.Length, limit - buffer.Length));
            if (read == 0)
            {
                break;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static bool IsHtml(InputItem input, string text)
    {
        if (!input.IsStandardInput)
        {
            var extension = Path.GetExtension(input.Path);
            return extension.Equals(".html", StringComparison.OrdinalIgnoreCase) || extension.Equals(".htm", StringComparison.OrdinalIgnoreCase);
        }

        return text.AsSpan().TrimStart().StartsWith("<");
    }
}
