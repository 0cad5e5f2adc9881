using System.Diagnostics;

namespace StatementKit.Cli.Tests.Support;

/// <summary>A temporary folder for test inputs, deleted on dispose.</summary>
internal sealed class TempFolder : IDisposable
{
    private readonly DirectoryInfo folder;

    /// <summary>A new folder in the temporary folder, or in <paramref name="parent"/>.</summary>
    public TempFolder(string? parent = null) => folder = parent is null
        ? Directory.CreateTempSubdirectory("statementkit-cli-")
        : Directory.CreateDirectory(System.IO.Path.Combine(parent, $"statementkit-cli-{Guid.NewGuid():N}"));

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

    /// <summary>
    /// A folder for files another user must reach: the temporary folder when every user may pass through it and all
    /// its parents, else /tmp when they may, else null. A TMPDIR made by <c>mktemp -d</c> (mode 700) keeps them out.
    /// </summary>
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public static string? ReachableByEveryone() =>
        new[] { System.IO.Path.GetTempPath(), "/tmp" }.FirstOrDefault(root => Directory.Exists(root) && PassableByEveryone(new DirectoryInfo(root)));

    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    private static bool PassableByEveryone(DirectoryInfo? folder)
    {
        for (; folder is not null; folder = folder.Parent)
        {
            if ((folder.UnixFileMode & UnixFileMode.OtherExecute) == 0)
            {
                return false;
            }
        }

        return true;
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
