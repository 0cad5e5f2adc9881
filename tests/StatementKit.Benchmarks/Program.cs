using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(StatementKit.Benchmarks.AnalyzerBenchmarks).Assembly).Run(args);
