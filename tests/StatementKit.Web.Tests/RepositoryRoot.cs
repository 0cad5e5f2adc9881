namespace StatementKit.Web.Tests;

/// <summary>The checkout the tests run from: the folder holding StatementKit.sln above the test assembly.</summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(folder.FullName, "StatementKit.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("StatementKit.sln not found above " + AppContext.BaseDirectory);
    }
}
