using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using StatementKit.Redis;
using StatementKit.Speakers;

namespace StatementKit.Worker;

/// <summary>
/// Builds the worker's host: configuration from appsettings.json, the environment (<c>Worker__Input</c>,
/// <c>Redis__Configuration</c>) and the command line (<c>--Worker:Input=…</c>); the Redis speaker registry when
/// <c>Redis:Configuration</c> names a server, else one in memory.
/// </summary>
internal static class WorkerHost
{
    public static IHost Create(string[] args, WorkerStreams streams, Action<IConfigurationBuilder>? configure = null)
    {
        // appsettings.json is read beside the program, wherever it is started from.
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = args, ContentRootPath = AppContext.BaseDirectory });
        configure?.Invoke(builder.Configuration);
        var services = builder.Services;
        services.AddOptions<WorkerOptions>().Bind(builder.Configuration.GetSection("Worker")).ValidateOnStart();
        services.AddSingleton<IValidateOptions<WorkerOptions>, WorkerOptionsValidator>();
        services.AddSingleton(streams);
        services.AddSingleton<ArticleSource>();
        services.AddHostedService<AnalysisWorker>();

        if (!AddRedisSpeakerRegistry(builder.Configuration, services.AddStatementKit()))
        {
            services.AddSingleton<ISpeakerRegistry>(_ => new InMemorySpeakerRegistry());
        }

        return builder.Build();
    }

    /// <summary>Shares the speaker registry through Redis when <c>Redis:Configuration</c> names a server.</summary>
    /// <returns>Whether it did.</returns>
    public static bool AddRedisSpeakerRegistry(IConfiguration configuration, IStatementKitBuilder statementKit)
    {
        var redis = configuration.GetSection("Redis");
        if (string.IsNullOrWhiteSpace(redis["Configuration"]))
        {
            return false;
        }

        statementKit.Services.Configure<RedisSpeakerRegistryOptions>(redis);
        statementKit.UseRedisSpeakerRegistry();
        return true;
    }

    private sealed class WorkerOptionsValidator : IValidateOptions<WorkerOptions>
    {
        public ValidateOptionsResult Validate(string? name, WorkerOptions options)
        {
            var problems = options.Problems().ToList();
            return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
        }
    }
}
