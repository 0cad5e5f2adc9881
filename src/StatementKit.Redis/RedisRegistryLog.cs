using Microsoft.Extensions.Logging;

namespace StatementKit.Redis;

/// <summary>The registry's log messages: one warning when Redis becomes unreachable, one note when it is back.</summary>
internal static partial class RedisRegistryLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Warning,
        Message = "The Redis speaker registry is unreachable ({Operation} failed); articles are analysed on their own until it is back")]
    public static partial void Unreachable(ILogger logger, string operation, Exception? exception);

    [LoggerMessage(EventId = 2, Level = LogLevel.Information,
        Message = "The Redis speaker registry is reachable again after {Skipped} skipped operations")]
    public static partial void Reachable(ILogger logger, long skipped);
}
