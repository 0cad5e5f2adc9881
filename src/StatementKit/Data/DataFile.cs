using System.Reflection;

namespace StatementKit.Data;

/// <summary>Reads one of the package's data files: from the override folder when it holds the file, else embedded.</summary>
internal static class DataFile
{
    private static readonly Assembly Assembly = typeof(DataFile).Assembly;

    /// <summary>The file's non-blank lines that are not comments, split at tabs.</summary>
    public static IEnumerable<string[]> Rows(string name, string? overrideDirectory)
    {
        using var reader = Open(name, overrideDirectory);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            yield return line.Split('\t');
        }
    }

    private static TextReader Open(string name, string? overrideDirectory)
    {
        if (overrideDirectory is not null)
        {
            var path = Path.Combine(overrideDirectory, name);
            if (File.Exists(path))
            {
                return new StreamReader(path, System.Text.Encoding.UTF8);
            }
        }

        var stream = Assembly.GetManifestResourceStream("StatementKit.Data." + name)
            ?? throw new InvalidOperationException($"The embedded data file '{name}' is missing from the StatementKit assembly.");
        return new StreamReader(stream, System.Text.Encoding.UTF8);
    }
}
