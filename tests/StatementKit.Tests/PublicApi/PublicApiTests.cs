using System.Runtime.CompilerServices;

namespace StatementKit.Tests.PublicApi;

/// <summary>
/// Locks the package's public API, its dependency-injection extensions included: any change to it shows up as a diff of
/// <c>StatementKit.approved.txt</c> in review. After a deliberate change, regenerate the file with
/// <c>STATEMENTKIT_APPROVE_API=1 dotnet test tests/StatementKit.Tests --filter PublicApi</c> and commit it.
/// </summary>
public sealed class PublicApiTests
{
    [Fact]
    public void The_public_api_is_the_approved_one() =>
        ApiLock.AssertApproved(typeof(StatementAnalyzer).Assembly, Beside("StatementKit.approved.txt"));

    [Fact]
    public void The_approved_api_includes_the_dependency_injection_entry_points()
    {
        var approved = File.ReadAllText(Beside("StatementKit.approved.txt"));
        Assert.Contains("namespace Microsoft.Extensions.DependencyInjection", approved, StringComparison.Ordinal);
        Assert.Contains("AddStatementKit(", approved, StringComparison.Ordinal);
        Assert.Contains("interface IStatementKitBuilder", approved, StringComparison.Ordinal);
    }

    private static string Beside(string file, [CallerFilePath] string source = "") =>
        Path.Combine(Path.GetDirectoryName(source)!, file);
}
