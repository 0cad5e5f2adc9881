using System.Diagnostics;

namespace StatementKit.Cli.Tests.Support;

/// <summary>
/// Runs the built CLI as a process (<c>dotnet StatementKit.Cli.dll</c>, no build, no <c>dotnet run</c>), for the cases
/// where a defect would hang or exhaust memory: those must end in a killed process and a failed test, not a stuck run.
/// <c>STATEMENTKIT_CLI_DLL</c> points the tests at another build, to see them fail on an older CLI.
/// </summary>
internal static class CliProcess
{
    /// <summary>
    /// How long a run may take before it counts as hung. The runs here need a second or two of processor time, but on a
    /// loaded two-core machine (CI with a build beside it, other test projects at once) starting the runtime and the
    /// accurate mode's model took over 30 s of wall-clock time; the defects these tests guard hang for good or work on
    /// for hours.
    /// </summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    public static string Dll => Environment.GetEnvironmentVariable("STATEMENTKIT_CLI_DLL") is { Length: > 0 } dll
        ? dll
        : Path.Combine(AppContext.BaseDirectory, "StatementKit.Cli.dll");

    /// <summary>The dotnet host running the tests (the SDK sets DOTNET_HOST_PATH), else the one on PATH.</summary>
    public static string Host => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

    public static ProcessStartInfo StartInfo(IEnumerable<string> args, string? dll = null)
    {
        var info = new ProcessStartInfo(Host)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(dll ?? Dll);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        return info;
    }

    /// <summary>
    /// As <see cref="StartInfo"/>, for a process the test interrupts with SIGINT. A process started in the background
    /// by a non-interactive shell (a CI script run with <c>&amp;</c>, <c>nohup</c>) inherits SIGINT ignored, and .NET then
    /// leaves it ignored, as a background job should; the CLI is started through coreutils' <c>env --default-signal=INT</c>
    /// so that it can be interrupted wherever the test host runs.
    /// </summary>
    public static ProcessStartInfo InterruptibleStartInfo(IEnumerable<string> args)
    {
        var info = StartInfo(args);
        if (!OperatingSystem.IsLinux() || !File.Exists("/usr/bin/env"))
        {
            return info;
        }

        info.ArgumentList.Insert(0, info.FileName);
        info.ArgumentList.Insert(0, "--default-signal=INT");
        info.FileName = "/usr/bin/env";
        return info;
    }

    /// <summary>Starts a run that the test reads from or signals itself; disposing the result kills it if it still runs.</summary>
    public static StartedCli Start(ProcessStartInfo info) => new(Process.Start(info)!);

    public static CliResult Run(params string[] args) => Run(StartInfo(args));

    /// <summary>Runs to the end, or kills the process at the timeout and fails.</summary>
    public static CliResult Run(ProcessStartInfo info)
    {
        using var process = Process.Start(info)!;
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            Assert.Fail($"the CLI did not end within {Timeout.TotalSeconds} s (killed); stderr so far: {Peek(error)}");
        }

        process.WaitForExit();
        return new CliResult(process.ExitCode, output.Result, error.Result);
    }

    private static string Peek(Task<string> text) => text.IsCompletedSuccessfully ? text.Result : "(still open)";
}

/// <summary>
/// A CLI process a test started; on dispose, it is killed with its children if it has not ended. A test that fails
/// half-way (a timeout, an assertion) would otherwise leave a run of hundreds of articles working on, orphaned, after
/// the test host is gone, taking processor time from every later test on the machine.
/// </summary>
internal sealed class StartedCli(Process process) : IDisposable
{
    public Process Process => process;

    public void Dispose()
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit();
            }
        }
        catch (InvalidOperationException)
        {
            // it ended between the check and the kill
        }

        process.Dispose();
    }
}
