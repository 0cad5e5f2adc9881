using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using StatementKit.Redis;
using StatementKit.Speakers;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Adds the Redis speaker registry to StatementKit: <c>services.AddStatementKit().UseRedisSpeakerRegistry("localhost:6379")</c>.</summary>
public static class StatementKitRedisBuilderExtensions
{
    /// <summary>
    /// Shares one speaker registry on Redis between every analyzer (and every process) configured with the same server
    /// and key prefix. Replaces any <see cref="ISpeakerRegistry"/> registered before. Options are validated at start-up
    /// in a host, else on first use.
    /// </summary>
    /// <param name="builder">The builder <c>AddStatementKit</c> returned.</param>
    /// <param name="configuration">A StackExchange.Redis configuration string, for example <c>localhost:6379</c>.</param>
    /// <param name="configure">Changes to the other options, or null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> or <paramref name="configuration"/> is null.</exception>
    public static IStatementKitBuilder UseRedisSpeakerRegistry(this IStatementKitBuilder builder, string configuration,
        Action<RedisSpeakerRegistryOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configuration);
        return builder.UseRedisSpeakerRegistry(options =>
        {
            options.Configuration = configuration;
            configure?.Invoke(options);
        });
    }

    /// <summary>
    /// Shares one speaker registry on Redis, with options from the options system (for example bound from
    /// configuration with <c>services.Configure&lt;RedisSpeakerRegistryOptions&gt;(section)</c>) and
    /// <paramref name="configure"/>. Replaces any <see cref="ISpeakerRegistry"/> registered before.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is null.</exception>
    public static IStatementKitBuilder UseRedisSpeakerRegistry(this IStatementKitBuilder builder, Action<RedisSpeakerRegistryOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        var options = services.AddOptionsWithValidateOnStart<RedisSpeakerRegistryOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<RedisSpeakerRegistryOptions>, RedisSpeakerRegistryOptionsValidator>());
        services.Replace(ServiceDescriptor.Singleton<ISpeakerRegistry>(sp => new RedisSpeakerRegistry(
            sp.GetRequiredService<IOptions<RedisSpeakerRegistryOptions>>().Value,
            sp.GetService<ILoggerFactory>()?.CreateLogger<RedisSpeakerRegistry>() ?? NullLogger<RedisSpeakerRegistry>.Instance)));
        return builder;
    }
}

/// <summary>Validates <see cref="RedisSpeakerRegistryOptions"/> for the options system.</summary>
internal sealed class RedisSpeakerRegistryOptionsValidator : IValidateOptions<RedisSpeakerRegistryOptions>
{
    public ValidateOptionsResult Validate(string? name, RedisSpeakerRegistryOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = options.Validate();
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
