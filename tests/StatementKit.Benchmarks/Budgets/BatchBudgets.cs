using System.Diagnostics;
using System.Globalization;
using StatementKit.Speakers;
using StatementKit.Tests.Speakers;

namespace StatementKit.Benchmarks.Budgets;

/// <summary>
/// Two batch workers take about half the time of one when articles wait on their speaker registry (a remote registry's
/// round trip, here 30 ms per read). Waiting needs no processor, so this measures the batch's own machinery (slots,
/// workers, rounds and their barriers) even on a machine whose cores are busy elsewhere; the best of five tries.
/// </summary>
internal static class BatchBudgets
{
    private const int Tries = 5;
    private const double MinSpeedUp = 1.7;

    public static IEnumerable<Check> Checks()
    {
        yield return new Check("batch/two workers against one, waiting on a registry", Measure);
    }

    private static (bool, string) Measure()
    {
        var articles = RegistryArticles.Batch(32);
        double Seconds(int workers)
        {
            var analyzer = new StatementAnalyzerBuilder().UseSpeakerRegistry(new SlowRegistry(TimeSpan.FromMilliseconds(30))).Build();
            var clock = Stopwatch.StartNew();
            var count = analyzer.AnalyzeMany(articles, new BatchAnalysisOptions { MaxDegreeOfParallelism = workers, RoundSize = 8 }).Count();
            return count == 32 ? clock.Elapsed.TotalSeconds : double.PositiveInfinity;
        }

        Seconds(2);
        var speedUps = Enumerable.Range(0, Tries).Select(_ => Seconds(1) / Seconds(2)).ToList();
        return (speedUps.Max() >= MinSpeedUp, string.Create(CultureInfo.InvariantCulture,
            $"speed-ups from 1 to 2 workers {string.Join(", ", speedUps.Select(x => x.ToString("0.00", CultureInfo.InvariantCulture)))} (best at least {MinSpeedUp})"));
    }

    private sealed class SlowRegistry(TimeSpan latency) : ISpeakerRegistry
    {
        private readonly InMemorySpeakerRegistry inner = new();

        public IReadOnlyDictionary<string, SpeakerEvidence> Find(IReadOnlyCollection<string> names)
        {
            Thread.Sleep(latency);
            return inner.Find(names);
        }

        public void Record(IReadOnlyCollection<SpeakerEvidence> evidence) => inner.Record(evidence);
    }
}
