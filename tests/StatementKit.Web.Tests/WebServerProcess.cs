using System.Diagnostics;
using System.Text.RegularExpressions;

namespace StatementKit.Web.Tests;

/// <summary>
/// The review sample as a real process on Kestrel (<c>dotnet StatementKit.Web.dll --Port 0</c>), as a newsroom runs it:
/// the browser test needs a real socket. Its address is read from the log line Kestrel writes at start.
/// </summary>
public sealed partial class WebServerProcess : IAsyncLifetime
{
    private Process? process;

    public Uri Address { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } path && File.Exists(path) ? path : "dotnet";
        var info = new ProcessStartInfo(host)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "StatementKit.Web.dll"));
        info.ArgumentList.Add("--Port");
        info.ArgumentList.Add("0");

        // The page's tests are about what it shows; the default limit of 10 s on one analysis answered 503 on a loaded
        // machine, where the first analysis loads the model.
        info.ArgumentList.Add("--AnalysisTimeoutSeconds");
        info.ArgumentList.Add("600");
        info.Environment["Logging__LogLevel__Default"] = "Information";
        process = Process.Start(info)!;
        _ = process.StandardError.ReadToEndAsync();

        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            if (ListeningOn().Match(line) is { Success: true } match)
            {
                Address = new Uri(match.Groups[1].Value + "/");
                _ = process.StandardOutput.ReadToEndAsync();
                return;
            }
        }

        throw new InvalidOperationException("the review sample ended without listening");
    }

    public Task DisposeAsync()
    {
        if (process is { HasExited: false })
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }

        process?.Dispose();
        return Task.CompletedTask;
    }

    [GeneratedRegex(@"Now listening on: (http://\S+)")]
    private static partial Regex ListeningOn();
}
