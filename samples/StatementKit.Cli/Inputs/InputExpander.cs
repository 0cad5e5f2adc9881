namespace StatementKit.Cli.Inputs;

/// <summary>
/// Turns the command line's paths into the files to analyse: files as given, the article files of folders (of their
/// subfolders too with <c>--recursive</c>), <c>-</c> for standard input. Only regular files are taken, so nothing that
/// could block (a fifo, a device) is ever opened; every path that cannot be taken becomes an <see cref="InputItem"/>
/// with its reason, in place, and the others go on.
/// </summary>
internal sealed class InputExpander(bool recursive, long maximumBytes)
{
    /// <summary>Extensions of the files taken from folders; a file named on the command line is read whatever its name.</summary>
    public static readonly IReadOnlyList<string> ArticleExtensions = [".txt", ".html", ".htm"];

    public IReadOnlyList<InputItem> Expand(IEnumerable<string> paths)
    {
        var items = new List<InputItem>();
        foreach (var path in paths)
        {
            if (path == InputItem.StandardInput)
            {
                items.Add(new InputItem(path));
                continue;
            }

            var status = FileProbe.Examine(path);
            if (status.Kind == FileKind.Directory && status.Error is null)
            {
                var before = items.Count;
                var visited = new HashSet<(ulong, ulong)> { status.Identity };
                AddFolder(path, items, visited);
                if (!items.Skip(before).Any(i => i.IsReadable))
                {
                    items.Add(new InputItem(path, recursive
                        ? "no .txt, .html or .htm file in this folder or its subfolders"
                        : "no .txt, .html or .htm file in this folder"));
                }
            }
            else
            {
                items.Add(Check(path, status));
            }
        }

        return items;
    }

    private void AddFolder(string folder, List<InputItem> items, HashSet<(ulong, ulong)> visited)
    {
        string[] entries;
        try
        {
            entries = Directory.GetFileSystemEntries(folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            items.Add(new InputItem(folder, "cannot list the folder: " + Reason(e)));
            return;
        }

        Array.Sort(entries, StringComparer.Ordinal);
        var skipped = 0;
        var subfolders = 0;
        foreach (var entry in entries)
        {
            var status = FileProbe.Examine(entry);
            if (status.Error is null && status.Kind == FileKind.Directory)
            {
                if (!recursive)
                {
                    subfolders++;
                }
                else if (!visited.Add(status.Identity))
                {
                    items.Add(new InputItem(entry, "folder already read (a symbolic link cycle); not read again", IsFailure: false));
                }
                else
                {
                    AddFolder(entry, items, visited);
                }
            }
            else if (IsArticleName(entry) || status.Error is not null)
            {
                // A broken or looping link, an unreadable entry: named, so that nothing is skipped without a word.
                items.Add(Check(entry, status));
            }
            else
            {
                skipped++;
            }
        }

        if (skipped > 0)
        {
            items.Add(new InputItem(folder, $"skipped {skipped} file{(skipped == 1 ? "" : "s")} not ending in .txt, .html or .htm", IsFailure: false));
        }

        if (subfolders > 0)
        {
            items.Add(new InputItem(folder, $"skipped {subfolders} subfolder{(subfolders == 1 ? "" : "s")} (add --recursive to read them)", IsFailure: false));
        }
    }

    private InputItem Check(string path, FileStatus status) => status switch
    {
        { Error: { } error } => new InputItem(path, error),
        { Kind: FileKind.Regular, Size: var size } when size > maximumBytes =>
            new InputItem(path, $"the file has {ByteSize.Format(size)}, more than the limit of {ByteSize.Format(maximumBytes)} (--max-size)"),
        { Kind: FileKind.Regular } => new InputItem(path),
        { Kind: FileKind.Fifo } => new InputItem(path, "a named pipe, not a regular file: not read (pipe it to standard input with '-' instead)"),
        { Kind: FileKind.CharacterDevice or FileKind.BlockDevice } => new InputItem(path, "a device, not a regular file: not read"),
        { Kind: FileKind.Socket } => new InputItem(path, "a socket, not a regular file: not read"),
        _ => new InputItem(path, "not a regular file: not read"),
    };

    private static bool IsArticleName(string path)
    {
        var extension = Path.GetExtension(path);
        return ArticleExtensions.Any(e => string.Equals(e, extension, StringComparison.OrdinalIgnoreCase));
    }

    internal static string Reason(Exception e) => e switch
    {
        UnauthorizedAccessException => "permission denied",
        _ => e.Message,
    };
}
