using BenchmarkDotNet.Running;

if (args is ["batch-scaling", ..])
{
    StatementKit.Benchmarks.BatchScaling.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 5);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(StatementKit.Benchmarks.AnalyzerBenchmarks).Assembly).Run(args);
