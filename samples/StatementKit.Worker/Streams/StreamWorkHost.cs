using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace StatementKit.Worker.Streams;

/// <summary>
/// Builds the host of <c>work</c>: the analyzer of the chosen mode, the speaker registry shared through Redis when
/// <c>Redis:Configuration</c> names a server (as for the folder mode; else none, so each article is analysed alone and
/// its record is the one the CLI writes for that file), the metrics and the queue worker.
/// </summary>
internal static class StreamWorkHost
{
    public static IHost Create(StreamWorkSettings settings, Action<IConfigurationBuilder>? configure = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [], ContentRootPath = AppContext.BaseDirectory });
        configure?.Invoke(builder.Configuration);
        settings = settings.With(builder.Configuration.GetSection("Worker").Get<WorkerOptions>() ?? new WorkerOptions());
        var services = builder.Services;
        services.AddSingleton(settings);
        services.AddSingleton<WorkerMetrics>();
        services.AddHostedService<StreamWorker>();
        var statementKit = services.AddStatementKit();
        if (settings.Mode == WorkMode.Accurate)
        {
            statementKit.UseNeuralTagger();
        }

        WorkerHost.AddRedisSpeakerRegistry(builder.Configuration, statementKit);
        return builder.Build();
    }
}
