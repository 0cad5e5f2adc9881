using System.Diagnostics;
using StatementKit.Cli.Tests.Support;

namespace StatementKit.Cli.Tests;

/// <summary>
/// Standard output redirected to a file that standard error or the shell writes too (<c>&gt; f 2&gt;&amp;1</c>,
/// <c>{ echo; cli; echo; } &gt; f</c>): every writer shares one file offset, so nothing may be written over. Run as a real
/// process through <c>sh</c>, since only a real descriptor 1 on a file shows it.
/// </summary>
public sealed class SharedOutputFileTests
{
    private const string Quote = "“We are open,” said Anna Berg.";

    [SkippableFact]
    public void Stdout_and_stderr_to_one_file_keep_both_the_error_and_the_report()
    {
        Skip.IfNot(File.Exists("/bin/sh"), "needs /bin/sh to redirect both streams to one file");
        using var folder = new TempFolder();
        var good = folder.File("good.txt", Quote);
        var log = folder.Combine("both.log");

        var exitCode = Shell($"\"$0\" \"$1\" analyze -m fast -f jsonl {Quoted(folder.Combine("missing.txt"))} {Quoted(good)} > {Quoted(log)} 2>&1");

        var content = File.ReadAllText(log);
        Assert.Equal(1, exitCode);
        Assert.Contains("missing.txt: no such file or folder", content, StringComparison.Ordinal);
        Assert.Contains("\"path\":", content, StringComparison.Ordinal);
        Assert.Contains("Anna Berg", content, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void Output_between_other_commands_in_one_file_stays_between_them()
    {
        Skip.IfNot(File.Exists("/bin/sh"), "needs /bin/sh to redirect a command group to one file");
        using var folder = new TempFolder();
        var good = folder.File("good.txt", Quote);
        var log = folder.Combine("group.log");

        var exitCode = Shell($"{{ echo BEFORE; \"$0\" \"$1\" analyze -m fast -f jsonl {Quoted(good)}; echo AFTER; }} > {Quoted(log)}");

        var lines = File.ReadAllText(log).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(0, exitCode);
        Assert.Equal(3, lines.Length);
        Assert.Equal("BEFORE", lines[0]);
        Assert.StartsWith("{\"path\":", lines[1], StringComparison.Ordinal);
        Assert.Equal("AFTER", lines[2]);
    }

    /// <summary>Runs a shell command line with <c>$0</c> the dotnet host and <c>$1</c> the CLI's dll.</summary>
    private static int Shell(string commandLine)
    {
        var info = new ProcessStartInfo("/bin/sh") { UseShellExecute = false, RedirectStandardInput = true };
        info.ArgumentList.Add("-c");
        info.ArgumentList.Add(commandLine);
        info.ArgumentList.Add(CliProcess.Host);
        info.ArgumentList.Add(CliProcess.Dll);
        using var process = Process.Start(info)!;
        process.StandardInput.Close();
        if (!process.WaitForExit(CliProcess.Timeout))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"the CLI did not end within {CliProcess.Timeout.TotalSeconds} s (killed)");
        }

        return process.ExitCode;
    }

    private static string Quoted(string path) => "'" + path.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
