using BenchmarkDotNet.Running;

if (args is ["batch-scaling", ..])
{
    int Argument(int index, int otherwise) => args.Length > index ? int.Parse(args[index], System.Globalization.CultureInfo.InvariantCulture) : otherwise;
    StatementKit.Benchmarks.BatchScaling.Run(pairs: Argument(1, 5), repeats: Argument(2, 3));
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(StatementKit.Benchmarks.AnalyzerBenchmarks).Assembly).Run(args);
