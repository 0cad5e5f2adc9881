using System.Diagnostics.Metrics;

namespace StatementKit.Worker.Streams;

/// <summary>
/// The queue worker's metrics, published through <see cref="System.Diagnostics.Metrics"/> (meter
/// <c>StatementKit.Worker</c>, so <c>dotnet-counters</c> or OpenTelemetry can read them): articles analysed, dead
/// letters, entries claimed from other consumers, and the group's lag (entries not yet delivered to any consumer).
/// </summary>
internal sealed class WorkerMetrics : IDisposable
{
    public const string MeterName = "StatementKit.Worker";

    private readonly Meter meter;
    private readonly Counter<long> analysed;
    private readonly Counter<long> deadLetters;
    private readonly Counter<long> claimed;
    private long analysedTotal;
    private long deadLetterTotal;
    private long claimedTotal;
    private long lag;

    public WorkerMetrics(IMeterFactory meterFactory)
    {
        meter = meterFactory.Create(MeterName);
        analysed = meter.CreateCounter<long>("statementkit.worker.analysed", "{article}", "Articles analysed and written to the results stream.");
        deadLetters = meter.CreateCounter<long>("statementkit.worker.dead_letters", "{entry}", "Entries set aside in the dead-letter stream.");
        claimed = meter.CreateCounter<long>("statementkit.worker.claimed", "{entry}", "Entries claimed from consumers that left them pending too long.");
        meter.CreateObservableGauge("statementkit.worker.lag", () => Interlocked.Read(ref lag), "{entry}", "Entries of the stream not yet delivered to the group.");
    }

    public long Analysed => Interlocked.Read(ref analysedTotal);

    public long DeadLetters => Interlocked.Read(ref deadLetterTotal);

    public long Claimed => Interlocked.Read(ref claimedTotal);

    public long Lag => Interlocked.Read(ref lag);

    public void AddAnalysed()
    {
        Interlocked.Increment(ref analysedTotal);
        analysed.Add(1);
    }

    public void AddDeadLetter()
    {
        Interlocked.Increment(ref deadLetterTotal);
        deadLetters.Add(1);
    }

    public void AddClaimed(int count)
    {
        Interlocked.Add(ref claimedTotal, count);
        claimed.Add(count);
    }

    public void SetLag(long value) => Interlocked.Exchange(ref lag, value);

    public void Dispose() => meter.Dispose();
}
