using System.Globalization;
using StatementKit.Data;
using StatementKit.Documents;
using StatementKit.Quotes;
using StatementKit.Reliability;
using StatementKit.Reliability.Outlets;
using StatementKit.Speakers;
using StatementKit.Text;

namespace StatementKit.Benchmarks;

/// <summary>
/// The sub-steps of the speaker and reliability stages on real news, each timed (CPU time of the thread) and its
/// allocations counted on its own: the name finder, the entity table, the whole attribution; the outlet recogniser and
/// each reliability rule. Run: dotnet run -c Release --project tests/StatementKit.Benchmarks -- substeps [rounds].
/// </summary>
internal static class SubStepProfile
{
    public static void Run(int rounds)
    {
        var (texts, source) = RealArticles.Load();
        var data = StatementKitData.Default;
        var loader = new DocumentLoader(data);
        var extractor = new QuoteExtractor(data);
        var attributor = new SpeakerAttributor(data);
        var names = new NameMentionFinder(data);
        var organisations = new OrganisationMentionFinder(data);
        var documents = texts.Select(t => loader.Load(Article.FromText(t), CancellationToken.None)).ToList();
        var candidates = documents.Select(d => extractor.Extract(d, CancellationToken.None)).ToList();
        var attributions = documents.Select((d, i) => attributor.Attribute(d, candidates[i], CancellationToken.None)).ToList();
        var characters = texts.Sum(t => (long)t.Length);
        var steps = new Dictionary<string, (double Seconds, long Bytes)>(StringComparer.Ordinal);

        void Time(string name, bool keep, Action action)
        {
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            var clock = ThreadClock.Now();
            action();
            var seconds = ThreadClock.Now() - clock;
            var bytes = GC.GetAllocatedBytesForCurrentThread() - allocated;
            if (keep)
            {
                var (s, b) = steps.GetValueOrDefault(name);
                steps[name] = (s + seconds, b + bytes);
            }
        }

        var analyzer = StatementAnalyzer.CreateDefault();
        JitWarmUp.Run(() => texts.ToList().ForEach(t => analyzer.Analyze(Article.FromText(t))));
        for (var round = -1; round < rounds; round++)
        {
            var keep = round >= 0;
            for (var i = 0; i < documents.Count; i++)
            {
                var document = documents[i];
                var reader = new TokenReader(document.Text, document.Tokens);
                List<NameMention> found = [];
                CommonWords common = null!;
                Time("speakers: CommonWords.Of", keep, () => common = CommonWords.Of(reader, CancellationToken.None));
                Time("speakers: NameMentionFinder.Find", keep, () => found = names.Find(reader, common, CancellationToken.None));
                Time("speakers: EntityTable.AddPersons", keep, () => new EntityTable().AddPersons(found, reader, e => GenderInference.Tentative(e, data),
                    k => names.IsGivenNameAt(reader, k) && (!common.Contains(reader.Chars(k)) || data.FirstNames.ContainsKey(reader.Word(k))), CancellationToken.None));
                Time("speakers: OrganisationMentionFinder.Find", keep, () => organisations.Find(reader, CancellationToken.None));
                Time("speakers: whole stage", keep, () => attributor.Attribute(document, candidates[i], CancellationToken.None));

                var statements = attributions[i].Statements;
                Time("reliability: OutletNameFinder.Find", keep, () => new OutletNameFinder(reader, data).Find(CancellationToken.None));
                Time("reliability: OutletRoleReader (constructor)", keep, () => new OutletRoleReader(reader, data, statements));
                Time("reliability: OutletMentionFinder.Find", keep, () => OutletMentionFinder.Find(document, statements, data, CancellationToken.None));
                var context = new ReliabilityContext(document, statements, attributions[i].Entities, data, CancellationToken.None);
                _ = context.OutletMentions;
                foreach (var rule in StatementAnalyzerBuilder.DefaultRules())
                {
                    Time($"reliability: {rule.GetType().Name}", keep, () => rule.Evaluate(context).ToList());
                }

                Time("reliability: AttributionChain.Build", keep, () => Reliability.Rules.AttributionChain.Build(context));
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"sub-steps over {source} ({characters / 1e6:0.000} M characters), {rounds} rounds, {(ThreadClock.IsCpuTime ? "CPU time of the thread" : "wall-clock time")}:"));
        foreach (var (name, (seconds, bytes)) in steps)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name,-48} {seconds * 1000 / rounds,8:0.0} ms/round {characters * (double)rounds / 1e6 / seconds,8:0.0} MB/s {bytes / (characters * (double)rounds),7:0.00} B/char"));
        }
    }
}
