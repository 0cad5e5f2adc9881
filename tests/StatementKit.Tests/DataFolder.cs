namespace StatementKit.Tests;

/// <summary>A temporary data folder for <see cref="StatementKitOptions.DataDirectory"/>, deleted on dispose.</summary>
internal sealed class DataFolder : IDisposable
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("statementkit-data-");

    public DataFolder(params (string Name, string Content)[] files)
    {
        foreach (var (name, content) in files)
        {
            File.WriteAllText(System.IO.Path.Combine(folder.FullName, name), content);
        }
    }

    public string Path => folder.FullName;

    public void Dispose() => folder.Delete(recursive: true);
}
