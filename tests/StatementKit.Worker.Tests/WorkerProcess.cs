using System.Diagnostics;
using System.Text;

namespace StatementKit.Worker.Tests;

/// <summary>The worker program run as a process, as an operator runs it (the test output holds its build).</summary>
internal sealed class WorkerProcess : IDisposable
{
    private readonly Process process;
    private readonly StringBuilder output = new();
    private readonly StringBuilder error = new();

    private WorkerProcess(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "StatementKit.Worker.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        // No shared speaker registry unless a test asks for one: each article is then analysed alone.
        start.Environment.Remove("Redis__Configuration");
        start.Environment["Worker__MaxDegreeOfParallelism"] = "2";
        process = Process.Start(start)!;
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(error, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public string Output => Read(output);

    public string Error => Read(error);

    public static WorkerProcess Start(params string[] args) => new(args);

    /// <summary>Runs the worker to its end; its exit status, standard output and standard error.</summary>
    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(TimeSpan timeout, params string[] args)
    {
        using var worker = new WorkerProcess(args);
        var exitCode = await worker.WaitAsync(timeout);
        return (exitCode, worker.Output, worker.Error);
    }

    public async Task<int> WaitAsync(TimeSpan timeout)
    {
        using var cancellation = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancellation.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"The worker ran longer than {timeout}; its log:\n{Error}");
        }

        // The asynchronous readers may still hold the last lines.
        process.WaitForExit();
        return process.ExitCode;
    }

    /// <summary>Sends a signal by name (TERM, STOP, CONT) with kill(1).</summary>
    public async Task SignalAsync(string signal)
    {
        using var kill = Process.Start("kill", [$"-{signal}", $"{process.Id}"]);
        await kill.WaitForExitAsync();
    }

    /// <summary>SIGKILL: no chance to finish or give anything back.</summary>
    public void KillHard()
    {
        process.Kill();
        process.WaitForExit();
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }

        process.Dispose();
    }

    private static void Append(StringBuilder text, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (text)
        {
            text.AppendLine(line);
        }
    }

    private static string Read(StringBuilder text)
    {
        lock (text)
        {
            return text.ToString();
        }
    }
}
