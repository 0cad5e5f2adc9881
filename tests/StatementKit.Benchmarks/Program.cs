using System.Globalization;
using BenchmarkDotNet.Running;

int Argument(int index, int otherwise) => args.Length > index ? int.Parse(args[index], CultureInfo.InvariantCulture) : otherwise;

switch (args)
{
    case ["batch-scaling", ..]:
        StatementKit.Benchmarks.BatchScaling.Run(pairs: Argument(1, 5), repeats: Argument(2, 3));
        return;
    case ["stages", ..]:
        StatementKit.Benchmarks.StageProfile.Run(rounds: Argument(1, 5));
        StatementKit.Benchmarks.StageProfile.CueModel(rounds: Argument(1, 5));
        return;
    case ["peer", ..]:
        Environment.ExitCode = StatementKit.Benchmarks.PeerComparison.Run(pairs: Argument(1, 3));
        return;
    case ["cue-model", ..]:
        StatementKit.Benchmarks.StageProfile.CueModel(rounds: Argument(1, 20));
        return;
    case ["budgets", ..]:
        Environment.ExitCode = StatementKit.Benchmarks.Budgets.Budgets.Run(only: args.Length > 1 ? args[1] : null);
        return;
    case ["steady", ..]:
        StatementKit.Benchmarks.SteadyState.Run(rounds: Argument(1, 10));
        return;
    case ["allocation-types", ..]:
        StatementKit.Benchmarks.AllocationTypes.Run(rounds: Argument(1, 10));
        return;
    case ["substeps", ..]:
        StatementKit.Benchmarks.SubStepProfile.Run(rounds: Argument(1, 5));
        return;
    default:
        BenchmarkSwitcher.FromAssembly(typeof(StatementKit.Benchmarks.AnalyzerBenchmarks).Assembly).Run(args);
        return;
}
