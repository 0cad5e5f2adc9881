using StackExchange.Redis;

namespace StatementKit.Redis;

/// <summary>Settings of the Redis speaker registry. Every property documents its default.</summary>
public sealed class RedisSpeakerRegistryOptions
{
    /// <summary>The longest <see cref="KeyPrefix"/> accepted.</summary>
    public const int MaxKeyPrefixLength = 100;

    /// <summary>
    /// A StackExchange.Redis configuration string, for example <c>localhost:6379</c> or
    /// <c>redis1:6379,password=…,ssl=true</c>. Required.
    /// </summary>
    public string? Configuration { get; set; }

    /// <summary>
    /// The start of every key, so that several registries (newsrooms, test runs) can share one server; keys read
    /// <c>{KeyPrefix}:v1:speaker:{name}</c>, the <c>v1</c> naming the layout of the counts. Default: <c>statementkit</c>.
    /// </summary>
    public string KeyPrefix { get; set; } = "statementkit";

    /// <summary>
    /// How long a name's counts are kept after the last article that recorded it; each recording starts the time
    /// again. From one minute to ten years. Default: 90 days.
    /// </summary>
    public TimeSpan EntryLifetime { get; set; } = TimeSpan.FromDays(90);

    /// <summary>
    /// How long one read or write may take before the registry gives up on it for this article (and logs a
    /// warning). From 10 ms to one minute. Default: 2 seconds.
    /// </summary>
    public TimeSpan OperationTimeout { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// How often a lost connection is tried again, in the background; analysis goes on without the registry
    /// meanwhile. From 50 ms to ten minutes. Default: 1 second.
    /// </summary>
    public TimeSpan ReconnectInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The problems that make these options unusable; empty when they are valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(Configuration))
        {
            problems.Add($"{nameof(Configuration)} must name the Redis server (for example 'localhost:6379').");
        }
        else
        {
            try
            {
                ConfigurationOptions.Parse(Configuration);
            }
            catch (ArgumentException exception)
            {
                problems.Add($"{nameof(Configuration)} is not a Redis configuration string: {exception.Message}");
            }
        }

        if (string.IsNullOrWhiteSpace(KeyPrefix) || KeyPrefix.Length > MaxKeyPrefixLength)
        {
            problems.Add($"{nameof(KeyPrefix)} must be 1 to {MaxKeyPrefixLength} characters and not blank.");
        }

        Check(problems, nameof(EntryLifetime), EntryLifetime, TimeSpan.FromMinutes(1), TimeSpan.FromDays(3650));
        Check(problems, nameof(OperationTimeout), OperationTimeout, TimeSpan.FromMilliseconds(10), TimeSpan.FromMinutes(1));
        Check(problems, nameof(ReconnectInterval), ReconnectInterval, TimeSpan.FromMilliseconds(50), TimeSpan.FromMinutes(10));
        return problems;
    }

    private static void Check(List<string> problems, string name, TimeSpan value, TimeSpan least, TimeSpan most)
    {
        if (value < least || value > most)
        {
            problems.Add($"{name} must be between {least} and {most}; it is {value}.");
        }
    }
}
