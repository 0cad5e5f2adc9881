namespace StatementKit.Web;

/// <summary>The sample articles shipped beside the app (samples/articles), offered on the page by name.</summary>
internal sealed class BundledArticles(string folder)
{
    private readonly Lazy<IReadOnlyList<string>> names = new(() => Directory.Exists(folder)
        ? Directory.GetFiles(folder, "*.txt").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToList()
        : []);

    public IReadOnlyList<string> Names => names.Value;

    /// <summary>The text of a bundled article; null for any name not in the list, so no path can reach other files.</summary>
    public string? Read(string name) =>
        Names.Contains(name, StringComparer.Ordinal) ? File.ReadAllText(Path.Combine(folder, name)) : null;
}
