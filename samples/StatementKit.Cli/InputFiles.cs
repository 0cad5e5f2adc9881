using StatementKit;

namespace StatementKit.Cli;

/// <summary>Turns the command line's paths into article files, and files into articles.</summary>
internal static class InputFiles
{
    public static (List<string> Files, List<string> Missing) Expand(IEnumerable<string> paths)
    {
        var files = new List<string>();
        var missing = new List<string>();
        foreach (var path in paths)
        {
            if (path == "-" || File.Exists(path))
            {
                files.Add(path);
            }
            else if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path)
                    .Where(f => Path.GetExtension(f).ToLowerInvariant() is ".txt" or ".html" or ".htm")
                    .Order(StringComparer.Ordinal));
            }
            else
            {
                missing.Add(path);
            }
        }

        return (files, missing);
    }

    public static Article Read(string path)
    {
        var content = path == "-" ? Console.In.ReadToEnd() : File.ReadAllText(path);
        var isHtml = path != "-" && Path.GetExtension(path).ToLowerInvariant() is ".html" or ".htm"
            || path == "-" && content.TrimStart().StartsWith('<');
        return isHtml ? Article.FromHtml(content) : Article.FromText(content);
    }
}
