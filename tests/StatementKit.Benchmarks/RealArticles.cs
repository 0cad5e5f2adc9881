namespace StatementKit.Benchmarks;

/// <summary>
/// The real news the benchmarks run on: the PolNeAR dev articles from ../shared/eval/polnear/dev/text when that folder
/// is beside the repository (evaluation data, never copied into it), else the seed articles repeated to about the same
/// size so that the benchmarks still build and run.
/// </summary>
internal static class RealArticles
{
    private const int FallbackCharacters = 415_000;

    /// <summary>The article texts, in file-name order, and where they came from.</summary>
    public static (IReadOnlyList<string> Texts, string Source) Load()
    {
        if (DevFolder() is { } dev)
        {
            return ([.. Directory.GetFiles(dev, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText)], "PolNeAR dev");
        }

        var seeds = Seeds();
        var texts = new List<string>();
        for (var size = 0L; size < FallbackCharacters; size += texts[^1].Length)
        {
            texts.Add(seeds[texts.Count % seeds.Count]);
        }

        return (texts, "the seeds repeated (../shared is absent)");
    }

    /// <summary>The folder of the PolNeAR dev texts, or null when ../shared is absent.</summary>
    public static string? DevFolder() =>
        Roots().Select(root => Path.Combine(root, "shared", "eval", "polnear", "dev", "text")).FirstOrDefault(Directory.Exists);

    /// <summary>The repository's root folder (holding StatementKit.sln), found upwards from the build output.</summary>
    public static string? RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "StatementKit.sln")))
            {
                return folder.FullName;
            }
        }

        return null;
    }

    /// <summary>The five seed articles, in file-name order.</summary>
    public static List<string> Seeds() =>
        [.. Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Fixtures"), "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText)];

    /// <summary>The Readability test pages (source.html) when ../shared is present, else none.</summary>
    public static IReadOnlyList<string> HtmlPages()
    {
        foreach (var root in Roots())
        {
            var pages = Path.Combine(root, "shared", "html", "readability-test-pages");
            if (Directory.Exists(pages))
            {
                return [.. Directory.GetDirectories(pages).Order(StringComparer.Ordinal)
                    .Select(d => Path.Combine(d, "source.html")).Where(File.Exists).Select(File.ReadAllText)];
            }
        }

        return [];
    }

    /// <summary>The folders ../shared may be beside: the working directory's parent, and the repository root's (from the build output).</summary>
    private static IEnumerable<string> Roots()
    {
        yield return Path.GetFullPath("..");
        if (RepositoryRoot() is { } repository)
        {
            yield return Path.GetFullPath(Path.Combine(repository, ".."));
        }
    }
}
