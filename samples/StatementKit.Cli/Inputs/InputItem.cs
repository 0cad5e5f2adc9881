namespace StatementKit.Cli.Inputs;

/// <summary>
/// One entry of the run, in the order the command line gives: a file to read, or a path that cannot be read and why.
/// </summary>
/// <param name="Path">The path as given or as found in a folder; <c>-</c> for standard input.</param>
/// <param name="Problem">Why the path is not read, or null for a file to read.</param>
/// <param name="IsFailure">Whether the problem makes the run fail (exit 1); notes such as skipped files do not.</param>
internal sealed record InputItem(string Path, string? Problem = null, bool IsFailure = true)
{
    public const string StandardInput = "-";

    public bool IsReadable => Problem is null;

    public bool IsStandardInput => Path == StandardInput;
}
