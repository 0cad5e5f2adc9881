using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using StackExchange.Redis;

namespace StatementKit.Worker.Tests;

/// <summary>
/// A redis-server of the test's own, on a free loopback port, with an append-only file written before every reply
/// (<c>appendfsync always</c>), so it can be killed and started again without losing what it acknowledged.
/// </summary>
internal sealed class RedisServerProcess : IDisposable
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("statementkit-redis-");
    private Process? server;

    private RedisServerProcess() => Port = FreePort();

    public int Port { get; }

    public string Address => $"127.0.0.1:{Port}";

    /// <summary>Whether redis-server is on the path.</summary>
    public static bool IsInstalled() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Any(p => File.Exists(Path.Combine(p, "redis-server")));

    public static async Task<RedisServerProcess> StartAsync()
    {
        var redis = new RedisServerProcess();
        await redis.StartServerAsync();
        return redis;
    }

    /// <summary>Kills the server with SIGKILL, waits <paramref name="down"/>, and starts it again on the same port and files.</summary>
    public async Task CrashAndRestartAsync(TimeSpan down)
    {
        server!.Kill();
        await server.WaitForExitAsync();
        server.Dispose();
        await Task.Delay(down);
        await StartServerAsync();
    }

    public void Dispose()
    {
        if (server is { HasExited: false })
        {
            server.Kill();
            server.WaitForExit();
        }

        server?.Dispose();
        folder.Delete(recursive: true);
    }

    private async Task StartServerAsync()
    {
        var start = new ProcessStartInfo("redis-server") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { "--port", $"{Port}", "--bind", "127.0.0.1", "--save", "", "--appendonly", "yes", "--appendfsync", "always", "--dir", folder.FullName })
        {
            start.ArgumentList.Add(arg);
        }

        server = Process.Start(start)!;
        server.OutputDataReceived += (_, _) => { };
        server.ErrorDataReceived += (_, _) => { };
        server.BeginOutputReadLine();
        server.BeginErrorReadLine();
        for (var attempt = 0; attempt < 100; attempt++)
        {
            try
            {
                using var connection = await ConnectionMultiplexer.ConnectAsync($"{Address},connectTimeout=500");
                if (connection.IsConnected)
                {
                    await connection.GetDatabase().PingAsync();
                    return;
                }
            }
            catch (RedisException)
            {
            }

            await Task.Delay(100);
        }

        throw new InvalidOperationException($"redis-server did not start on {Address}.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
