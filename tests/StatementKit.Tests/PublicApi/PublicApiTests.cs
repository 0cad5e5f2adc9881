using System.Runtime.CompilerServices;
using PublicApiGenerator;

namespace StatementKit.Tests.PublicApi;

/// <summary>
/// Locks the package's public API: any change to it shows up as a diff of <c>StatementKit.approved.txt</c> in review.
/// After a deliberate change, regenerate the file with
/// <c>STATEMENTKIT_APPROVE_API=1 dotnet test tests/StatementKit.Tests --filter PublicApi</c> and commit it.
/// </summary>
public sealed class PublicApiTests
{
    [Fact]
    public void The_public_api_is_the_approved_one()
    {
        var actual = typeof(StatementAnalyzer).Assembly.GeneratePublicApi(new ApiGeneratorOptions
        {
            ExcludeAttributes =
            [
                "System.Runtime.Versioning.TargetFrameworkAttribute",
                "System.Reflection.AssemblyMetadataAttribute",
                "System.Runtime.CompilerServices.InternalsVisibleToAttribute",
            ],
        }).ReplaceLineEndings("\n");
        var approved = ApprovedFile();

        if (Environment.GetEnvironmentVariable("STATEMENTKIT_APPROVE_API") == "1")
        {
            File.WriteAllText(approved, actual);
        }

        Assert.True(File.Exists(approved), $"{approved} is missing: run the test with STATEMENTKIT_APPROVE_API=1 to create it");
        var expected = File.ReadAllText(approved).ReplaceLineEndings("\n");
        if (expected != actual)
        {
            File.WriteAllText(Path.ChangeExtension(approved, ".received.txt"), actual);
        }

        Assert.True(expected == actual,
            "The public API changed. If that is intended, run STATEMENTKIT_APPROVE_API=1 dotnet test tests/StatementKit.Tests " +
            "--filter PublicApi and commit StatementKit.approved.txt (the new API is in StatementKit.received.txt beside it).");
    }

    private static string ApprovedFile([CallerFilePath] string source = "") =>
        Path.Combine(Path.GetDirectoryName(source)!, "StatementKit.approved.txt");
}
