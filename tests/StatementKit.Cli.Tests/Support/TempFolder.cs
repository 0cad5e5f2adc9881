using System.Diagnostics;

namespace StatementKit.Cli.Tests.Support;

/// <summary>A temporary folder for test inputs, deleted on dispose.</summary>
internal sealed class TempFolder : IDisposable
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("statementkit-cli-");

    public string Path => folder.FullName;

    public string File(string name, string content)
    {
        var path = Combine(name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        System.IO.File.WriteAllText(path, content);
        return path;
    }

    public string Combine(string name) => System.IO.Path.Combine(Path, name);

    /// <summary>A named pipe (fifo) nobody writes to: opening it for reading blocks forever.</summary>
    public string Fifo(string name)
    {
        var path = Combine(name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        using var mkfifo = Process.Start("mkfifo", [path]);
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
        return path;
    }

    public void Dispose()
    {
        // Undo chmod 000 so that the folder can be deleted.
        foreach (var file in Directory.EnumerateFiles(Path, "*", SearchOption.AllDirectories))
        {
            try
            {
                if (!OperatingSystem.IsWindows())
                {
                    System.IO.File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
                }
            }
            catch (IOException)
            {
                // a symbolic link loop has no mode to restore
            }
        }

        folder.Delete(recursive: true);
    }
}
