using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using StatementKit.Speakers;

namespace StatementKit.Redis.Tests;

public sealed class RedisOptionsTests
{
    [Fact]
    public void Defaults_are_valid_once_a_server_is_named()
    {
        Assert.NotEmpty(new RedisSpeakerRegistryOptions().Validate());
        Assert.Empty(new RedisSpeakerRegistryOptions { Configuration = "localhost:6379" }.Validate());
    }

    [Theory]
    [InlineData("localhost:6379", "", 90, 2000, 1000)]
    [InlineData("localhost:6379", "statementkit", 0, 2000, 1000)]
    [InlineData("localhost:6379", "statementkit", 90, 0, 1000)]
    [InlineData("localhost:6379", "statementkit", 90, 2000, 0)]
    [InlineData("localhost:6379,nonsense=1", "statementkit", 90, 2000, 1000)]
    [InlineData(" ", "statementkit", 90, 2000, 1000)]
    public void Invalid_options_are_named(string configuration, string prefix, int lifetimeDays, int timeoutMs, int reconnectMs)
    {
        var options = new RedisSpeakerRegistryOptions
        {
            Configuration = configuration,
            KeyPrefix = prefix,
            EntryLifetime = TimeSpan.FromDays(lifetimeDays),
            OperationTimeout = TimeSpan.FromMilliseconds(timeoutMs),
            ReconnectInterval = TimeSpan.FromMilliseconds(reconnectMs),
        };
        Assert.Single(options.Validate());
        Assert.Throws<ArgumentException>(() => new RedisSpeakerRegistry(options, new ListLogger()));
    }

    [Fact]
    public void UseRedisSpeakerRegistry_registers_the_registry_the_analyzer_uses()
    {
        var services = new ServiceCollection();
        services.AddSingleton<ISpeakerRegistry>(new InMemorySpeakerRegistry());
        var builder = services.AddStatementKit();
        Assert.Same(builder, builder.UseRedisSpeakerRegistry("127.0.0.1:1", o => o.KeyPrefix = "newsroom"));
        using var provider = services.BuildServiceProvider();
        Assert.IsType<RedisSpeakerRegistry>(provider.GetRequiredService<ISpeakerRegistry>());
        Assert.Equal("newsroom", provider.GetRequiredService<IOptions<RedisSpeakerRegistryOptions>>().Value.KeyPrefix);
        Assert.Single(services, d => d.ServiceType == typeof(ISpeakerRegistry));
    }

    [Fact]
    public void Invalid_options_fail_when_the_registry_is_first_needed()
    {
        var services = new ServiceCollection();
        services.AddStatementKit().UseRedisSpeakerRegistry(o => o.EntryLifetime = TimeSpan.Zero);
        using var provider = services.BuildServiceProvider();
        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStatementAnalyzer>());
        Assert.Contains(error.Failures, f => f.Contains("Configuration", StringComparison.Ordinal));
        Assert.Contains(error.Failures, f => f.Contains("EntryLifetime", StringComparison.Ordinal));
    }
}
