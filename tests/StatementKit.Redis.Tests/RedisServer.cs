using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using StackExchange.Redis;

namespace StatementKit.Redis.Tests;

/// <summary>
/// The Redis server the tests use: the one named by <c>STATEMENTKIT_REDIS</c> (<c>.ci/run</c> starts one on a free
/// loopback port and sets it), or, for the outage test, one the test starts and stops itself from <c>redis-server</c>.
/// </summary>
internal static class RedisServer
{
    public const string Variable = "STATEMENTKIT_REDIS";

    /// <summary>
    /// The shared server, when it answers. .ci/run saw it answer before the tests started, so it gets a patient probe:
    /// while every test project starts at once on two cores, the first connection can take over a second, and a 1 s
    /// probe then skipped the shared-server tests as if there were no server (seen once in a clean-clone run).
    /// </summary>
    private static readonly Lazy<string?> Shared = new(() =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } address && Answers(address, connectTimeoutMilliseconds: 10_000) ? address : null);

    /// <summary>The shared server's address; skips the test, saying why, when there is none.</summary>
    public static string Address()
    {
        Skip.If(Shared.Value is null,
            $"No Redis server: set {Variable}=host:port to a reachable server (.ci/run starts one when redis-server is installed).");
        return Shared.Value!;
    }

    /// <summary>
    /// The operation timeout of the registries the tests make: the library's default (2 s) is for a newsroom's server;
    /// on a loaded two-core CI machine a command may wait longer than that for a processor, and the registry then rightly
    /// skips it (a lost update, a warning) where these tests check that nothing is lost. A server that does not answer
    /// at all still fails them.
    /// </summary>
    public static readonly TimeSpan PatientTimeout = TimeSpan.FromSeconds(30);

    /// <summary>A key prefix no other test run uses.</summary>
    public static string UniquePrefix(string test) => $"statementkit-test:{test}:{Guid.NewGuid():N}";

    public static bool Answers(string address, int connectTimeoutMilliseconds = 1000)
    {
        try
        {
            var options = ConfigurationOptions.Parse(address);
            options.ConnectTimeout = connectTimeoutMilliseconds;
            options.AbortOnConnectFail = true;
            using var connection = ConnectionMultiplexer.Connect(options);
            connection.GetDatabase().Ping();
            return true;
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException or ArgumentException)
        {
            return false;
        }
    }

    /// <summary>Deletes every key under a prefix.</summary>
    public static void DeleteKeys(string address, string prefix)
    {
        using var connection = ConnectionMultiplexer.Connect(address);
        var server = connection.GetServers()[0];
        var database = connection.GetDatabase();
        foreach (var key in server.Keys(pattern: prefix + ":*", pageSize: 500))
        {
            database.KeyDelete(key);
        }
    }

    /// <summary>The path of the redis-server program, or null.</summary>
    public static string? Program() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Append("/usr/bin").Append("/usr/sbin")
            .Select(folder => Path.Combine(folder, "redis-server"))
            .FirstOrDefault(File.Exists);

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

/// <summary>A redis-server process of one test's own, on a loopback port, without persistence; stopped on dispose.</summary>
internal sealed class OwnRedisServer : IDisposable
{
    private readonly string program;
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("statementkit-redis-");
    private Process? process;

    public OwnRedisServer(string program)
    {
        this.program = program;
        Port = RedisServer.FreePort();
    }

    public int Port { get; }

    public string Address => $"127.0.0.1:{Port}";

    public void Start()
    {
        var start = new ProcessStartInfo(program)
        {
            ArgumentList = { "--port", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", folder.FullName },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        process = Process.Start(start) ?? throw new InvalidOperationException("redis-server did not start");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!RedisServer.Answers(Address))
        {
            if (DateTime.UtcNow > deadline || process.HasExited)
            {
                throw new InvalidOperationException($"redis-server did not answer on {Address}");
            }

            Thread.Sleep(50);
        }
    }

    public void Stop()
    {
        if (process is { HasExited: false })
        {
            process.Kill();
            process.WaitForExit(10_000);
        }

        process?.Dispose();
        process = null;
    }

    public void Dispose()
    {
        Stop();
        folder.Delete(recursive: true);
    }
}
