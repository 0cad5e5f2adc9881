using Microsoft.Extensions.Logging;
using StackExchange.Redis;
using StatementKit.Speakers;

namespace StatementKit.Redis;

/// <summary>
/// An <see cref="ISpeakerRegistry"/> on Redis, shared by every worker that names the same server and key prefix.
/// Reads and writes are one Lua script each (see <see cref="RedisScripts"/>); counts only ever grow by HINCRBY, so
/// workers in any number and order end with the same counts. When Redis cannot be reached the registry answers as an
/// empty one and drops the article's counts, logs one warning per outage, and reconnects in the background.
/// </summary>
internal sealed class RedisSpeakerRegistry : ISpeakerRegistry, IDisposable
{
    private static readonly IReadOnlyDictionary<string, SpeakerEvidence> Nothing = new Dictionary<string, SpeakerEvidence>();

    private readonly ConfigurationOptions configuration;
    private readonly string keyPrefix;
    private readonly long lifetimeSeconds;
    private readonly TimeSpan retryConnectAfter;
    private readonly ILogger logger;
    private readonly Lock connecting = new();
    private ConnectionMultiplexer? connection;
    private long nextConnectAttempt;
    private int unreachable;
    private long skipped;
    private bool disposed;

    /// <exception cref="ArgumentException">The options are invalid.</exception>
    public RedisSpeakerRegistry(RedisSpeakerRegistryOptions options, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);
        var problems = options.Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException("Invalid Redis speaker registry options: " + string.Join(" ", problems), nameof(options));
        }

        configuration = ConfigurationFor(options);
        keyPrefix = options.KeyPrefix;
        lifetimeSeconds = (long)Math.Ceiling(options.EntryLifetime.TotalSeconds);
        retryConnectAfter = options.ReconnectInterval;
        this.logger = logger;
    }

    /// <inheritdoc />
    public IReadOnlyDictionary<string, SpeakerEvidence> Find(IReadOnlyCollection<string> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        var wanted = names.Where(IsStorable).Distinct(StringComparer.Ordinal).ToArray();
        if (wanted.Length == 0)
        {
            return Nothing;
        }

        var keys = Array.ConvertAll(wanted, name => RedisEvidenceLayout.Key(keyPrefix, name));
        var result = Run("read", database => database.ScriptEvaluate(RedisScripts.Find, keys, RedisEvidenceLayout.Fields));
        if (result is null || (RedisValue[]?)result is not { } values)
        {
            return Nothing;
        }

        var fields = RedisEvidenceLayout.Fields.Length;
        var found = new Dictionary<string, SpeakerEvidence>(StringComparer.Ordinal);
        for (var i = 0; i < wanted.Length && (i + 1) * fields <= values.Length; i++)
        {
            var evidence = RedisEvidenceLayout.Evidence(wanted[i], values.AsSpan(i * fields, fields));
            if (evidence.Articles > 0)
            {
                found[wanted[i]] = evidence;
            }
        }

        return found;
    }

    /// <inheritdoc />
    public void Record(IReadOnlyCollection<SpeakerEvidence> evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        var items = evidence.Where(e => e is { IsRecordable: true }).ToArray();
        if (items.Length == 0)
        {
            return;
        }

        var fields = RedisEvidenceLayout.Fields;
        var arguments = new List<RedisValue>(2 + fields.Length * (items.Length + 1)) { lifetimeSeconds, fields.Length };
        arguments.AddRange(fields);
        foreach (var item in items)
        {
            arguments.AddRange(Array.ConvertAll(RedisEvidenceLayout.Counts(item), count => (RedisValue)count));
        }

        var keys = Array.ConvertAll(items, item => RedisEvidenceLayout.Key(keyPrefix, item.Name));
        Run("write", database => database.ScriptEvaluate(RedisScripts.Record, keys, [.. arguments]));
    }

    public void Dispose()
    {
        lock (connecting)
        {
            disposed = true;
            connection?.Dispose();
            connection = null;
        }
    }

    private static bool IsStorable(string? name) => name is { Length: > 0 and <= SpeakerEvidence.MaxNameLength };

    private static ConfigurationOptions ConfigurationFor(RedisSpeakerRegistryOptions options)
    {
        var configuration = ConfigurationOptions.Parse(options.Configuration!);
        var timeout = (int)Math.Ceiling(options.OperationTimeout.TotalMilliseconds);

        // Never wait for a server that is down: fail the command at once (the caller goes on without the registry),
        // keep reconnecting in the background, and start even when the server is not up yet.
        configuration.AbortOnConnectFail = false;
        configuration.BacklogPolicy = BacklogPolicy.FailFast;
        configuration.ReconnectRetryPolicy = new LinearRetry((int)Math.Ceiling(options.ReconnectInterval.TotalMilliseconds));
        configuration.ConnectTimeout = timeout;
        configuration.SyncTimeout = timeout;
        configuration.AsyncTimeout = timeout;
        configuration.ClientName ??= "statementkit";
        return configuration;
    }

    /// <summary>Runs one command, or skips it (returning null) while Redis cannot be reached.</summary>
    private RedisResult? Run(string operation, Func<IDatabase, RedisResult> command)
    {
        var current = Connection();
        if (current is null || !current.IsConnected)
        {
            Skip(operation, null);
            return null;
        }

        try
        {
            var result = command(current.GetDatabase());
            if (Interlocked.Exchange(ref unreachable, 0) == 1)
            {
                RedisRegistryLog.Reachable(logger, Interlocked.Exchange(ref skipped, 0));
            }

            return result;
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException or ObjectDisposedException)
        {
            Skip(operation, exception);
            return null;
        }
    }

    private void Skip(string operation, Exception? exception)
    {
        Interlocked.Increment(ref skipped);
        if (Interlocked.Exchange(ref unreachable, 1) == 0 && !Volatile.Read(ref disposed))
        {
            RedisRegistryLog.Unreachable(logger, operation, exception);
        }
    }

    /// <summary>
    /// The connection, made on first use. The multiplexer reconnects by itself once made; making it is retried only
    /// after <see cref="RedisSpeakerRegistryOptions.ReconnectInterval"/> when it failed outright.
    /// </summary>
    private ConnectionMultiplexer? Connection()
    {
        if (Volatile.Read(ref connection) is { } made)
        {
            return made;
        }

        lock (connecting)
        {
            if (disposed || connection is not null || Environment.TickCount64 < nextConnectAttempt)
            {
                return connection;
            }

            try
            {
                connection = ConnectionMultiplexer.Connect(configuration);
            }
            catch (Exception exception) when (exception is RedisException or TimeoutException or ArgumentException)
            {
                nextConnectAttempt = Environment.TickCount64 + (long)retryConnectAfter.TotalMilliseconds;
                Skip("connect", exception);
            }

            return connection;
        }
    }
}
