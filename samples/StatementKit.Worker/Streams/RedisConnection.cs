using StackExchange.Redis;

namespace StatementKit.Worker.Streams;

/// <summary>How the queue's commands connect to Redis: a server that is down or restarting is waited for, not fatal.</summary>
internal static class RedisConnection
{
    /// <summary>The connection settings for <c>--redis HOST:PORT</c> (or any StackExchange.Redis configuration string).</summary>
    public static ConfigurationOptions Options(string command, string redis)
    {
        ConfigurationOptions options;
        try
        {
            options = ConfigurationOptions.Parse(redis);
        }
        catch (ArgumentException exception)
        {
            throw new UsageException($"{command}: --redis '{redis}' is not HOST:PORT ({exception.Message}).");
        }

        if (options.EndPoints.Count == 0)
        {
            throw new UsageException($"{command}: --redis '{redis}' names no server; give HOST:PORT.");
        }

        // Keep trying in the background rather than failing: a worker outlives a Redis restart.
        options.AbortOnConnectFail = false;
        options.ConnectTimeout = 5000;
        options.SyncTimeout = 5000;
        options.AsyncTimeout = 5000;
        options.ReconnectRetryPolicy = new LinearRetry(500);
        options.ClientName ??= "statementkit-worker";
        return options;
    }

    /// <summary>Whether an exception means the server cannot be reached for now (down, restarting, loading its data).</summary>
    public static bool IsTransient(Exception exception) => exception switch
    {
        RedisConnectionException or RedisTimeoutException or TimeoutException => true,
        RedisServerException server => server.Message.StartsWith("LOADING", StringComparison.Ordinal)
            || server.Message.StartsWith("BUSY", StringComparison.Ordinal)
            || server.Message.StartsWith("TRYAGAIN", StringComparison.Ordinal),
        RedisException redis => redis.Message.Contains("No connection", StringComparison.Ordinal),
        _ => false,
    };
}
