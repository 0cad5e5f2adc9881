using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using StatementKit.Worker;
using StatementKit.Worker.Streams;

// A StatementKit worker, in two ways.
// - Folder or standard input: reads articles from a folder or JSON lines on standard input, analyses them in parallel
//   with a speaker registry shared through Redis, and writes one JSON line per article. Settings: appsettings.json, the
//   environment (Worker__Input=/articles, Redis__Configuration=redis:6379) or the command line (--Worker:Input=…).
// - A queue on Redis Streams: `enqueue --redis HOST:PORT --stream NAME PATH...` adds articles; `work --redis HOST:PORT
//   --stream NAME --group NAME --consumer NAME --results NAME` analyses them as one consumer of a group (docs/scale-out.md).
// Problems with the command line or the input are told in one line, with exit status 2.
try
{
    switch (args.FirstOrDefault())
    {
        case EnqueueCommand.Name:
            return await EnqueueCommand.RunAsync(args[1..], Console.Out, Console.Error);
        case StreamWorkSettings.Command:
            using (var host = StreamWorkHost.Create(StreamWorkSettings.Parse(args[1..])))
            {
                await host.RunAsync();
            }

            return Environment.ExitCode;
        default:
            using (var host = WorkerHost.Create(args, new WorkerStreams(Console.In, Console.OpenStandardOutput())))
            {
                // Checked here rather than at start-up, where the host would log the failure with a stack trace.
                _ = host.Services.GetRequiredService<IOptions<WorkerOptions>>().Value;
                await host.RunAsync();
            }

            return Environment.ExitCode;
    }
}
catch (UsageException exception)
{
    await Console.Error.WriteLineAsync("statementkit-worker: " + exception.Message);
    return 2;
}
catch (OptionsValidationException exception)
{
    await Console.Error.WriteLineAsync("statementkit-worker: " + string.Join(" ", exception.Failures));
    return 2;
}
catch (UnreachableServerException exception)
{
    await Console.Error.WriteLineAsync("statementkit-worker: " + exception.Message);
    return 1;
}
