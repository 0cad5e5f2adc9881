using Microsoft.Extensions.Hosting;
using StatementKit.Worker;

// A StatementKit worker: reads articles from a folder or JSON lines on standard input, analyses them in parallel with a
// speaker registry shared through Redis, and writes one JSON line per article. Settings: appsettings.json, the
// environment (Worker__Input=/articles, Redis__Configuration=redis:6379) or the command line (--Worker:Input=…).
using var host = WorkerHost.Create(args, new WorkerStreams(Console.In, Console.OpenStandardOutput()));
await host.RunAsync();
return Environment.ExitCode;
