using System.Runtime.CompilerServices;
using StatementKit.Tests.PublicApi;

namespace StatementKit.Neural.Tests.PublicApi;

/// <summary>
/// Locks the public API of StatementKit.Neural, its dependency-injection extensions included, as the core package's is
/// locked: a change shows up as a diff of <c>StatementKit.Neural.approved.txt</c>. After a deliberate change, regenerate
/// it with <c>STATEMENTKIT_APPROVE_API=1 dotnet test tests/StatementKit.Neural.Tests --filter PublicApi</c> and commit it.
/// </summary>
public sealed class PublicApiTests
{
    [Fact]
    public void The_public_api_is_the_approved_one() =>
        ApiLock.AssertApproved(typeof(NeuralTaggerOptions).Assembly, Beside("StatementKit.Neural.approved.txt"));

    private static string Beside(string file, [CallerFilePath] string source = "") =>
        Path.Combine(Path.GetDirectoryName(source)!, file);
}
