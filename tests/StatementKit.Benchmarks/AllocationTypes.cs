using System.Diagnostics.Tracing;
using System.Globalization;

namespace StatementKit.Benchmarks;

/// <summary>
/// Which types the analysis allocates on real news, from the runtime's allocation ticks (one event about every 100 KB,
/// naming the type allocated then): a sampled picture, enough to see where the bytes per input character go.
/// Run: dotnet run -c Release --project tests/StatementKit.Benchmarks -- allocation-types [rounds]
/// </summary>
internal static class AllocationTypes
{
    private const int AllocationTickEvent = 10;
    private const EventKeywords GcKeyword = (EventKeywords)0x1;

    public static void Run(int rounds)
    {
        var (texts, source) = RealArticles.Load();
        var articles = texts.Select(Article.FromText).ToList();
        var characters = texts.Sum(t => (long)t.Length);
        var analyzer = StatementAnalyzer.CreateDefault();
        articles.ForEach(a => analyzer.Analyze(a));
        using var listener = new TickListener();
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var round = 0; round < rounds; round++)
        {
            articles.ForEach(a => analyzer.Analyze(a));
        }

        var total = GC.GetAllocatedBytesForCurrentThread() - before;
        Thread.Sleep(2000);
        var sampled = listener.Bytes.Values.Sum();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"allocation types over {source}, {rounds} rounds: {total / (double)(characters * rounds):0.00} B/char in all; by type (sampled):"));
        foreach (var (type, bytes) in listener.Bytes.OrderByDescending(p => p.Value).Take(40))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{bytes / (double)(characters * rounds) * total / Math.Max(1, sampled),7:0.00} B/char  {type}"));
        }
    }

    private sealed class TickListener : EventListener
    {
        public Dictionary<string, long> Bytes { get; } = new(StringComparer.Ordinal);

        protected override void OnEventSourceCreated(EventSource eventSource)
        {
            if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
            {
                EnableEvents(eventSource, EventLevel.Verbose, GcKeyword);
            }
        }

        protected override void OnEventWritten(EventWrittenEventArgs eventData)
        {
            if (eventData.EventId != AllocationTickEvent || eventData.PayloadNames is null)
            {
                return;
            }

            var type = eventData.Payload?[eventData.PayloadNames.IndexOf("TypeName")] as string ?? "?";
            var amount = eventData.PayloadNames.IndexOf("AllocationAmount64") is >= 0 and var i ? Convert.ToInt64(eventData.Payload![i], CultureInfo.InvariantCulture) : 100_000;
            lock (Bytes)
            {
                Bytes[type] = Bytes.GetValueOrDefault(type) + amount;
            }
        }
    }
}
