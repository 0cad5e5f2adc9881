using System.Reflection;
using PublicApiGenerator;

namespace StatementKit.Tests.PublicApi;

/// <summary>
/// Compares an assembly's public API with its approved file (shared by the core, Neural and Redis test projects). The
/// dependency-injection extensions live in <c>Microsoft.Extensions.DependencyInjection</c>, which the generator skips
/// by default (as it skips every <c>Microsoft.*</c> and <c>System.*</c> namespace): it is allowed here, so that
/// <c>AddStatementKit</c>, <c>IStatementKitBuilder</c> and the packages' extensions are locked like the rest.
/// After a deliberate change, regenerate with <c>STATEMENTKIT_APPROVE_API=1 dotnet test --filter PublicApi</c> and commit.
/// </summary>
internal static class ApiLock
{
    public static void AssertApproved(Assembly assembly, string approved)
    {
        var actual = assembly.GeneratePublicApi(new ApiGeneratorOptions
        {
            AllowNamespacePrefixes = ["Microsoft.Extensions.DependencyInjection"],
            UseDenyNamespacePrefixesForExtensionMethods = false,
            ExcludeAttributes =
            [
                "System.Runtime.Versioning.TargetFrameworkAttribute",
                "System.Reflection.AssemblyMetadataAttribute",
                "System.Runtime.CompilerServices.InternalsVisibleToAttribute",
            ],
        }).ReplaceLineEndings("\n");

        if (Environment.GetEnvironmentVariable("STATEMENTKIT_APPROVE_API") == "1")
        {
            File.WriteAllText(approved, actual);
        }

        Assert.True(File.Exists(approved), $"{approved} is missing: run the test with STATEMENTKIT_APPROVE_API=1 to create it");
        var expected = File.ReadAllText(approved).ReplaceLineEndings("\n");
        var received = Path.ChangeExtension(approved, ".received.txt");
        if (expected != actual)
        {
            File.WriteAllText(received, actual);
        }

        Assert.True(expected == actual,
            $"The public API of {assembly.GetName().Name} changed. If that is intended, run STATEMENTKIT_APPROVE_API=1 " +
            $"dotnet test --filter PublicApi and commit {Path.GetFileName(approved)} (the new API is in {Path.GetFileName(received)} beside it).");
    }
}
