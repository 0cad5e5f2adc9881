using StatementKit.Data;
using StatementKit.Pipeline;
using StatementKit.Quotes.Reported;
using StatementKit.Quotes.Scanning;

namespace StatementKit.Quotes;

/// <summary>
/// The built-in rules, the default <see cref="IStatementProposer"/>: an ordered list of scanners, one per construction
/// (quotation marks, dash quotes; then reported speech, labelled lines, quotes no clause absorbed, quotes inside
/// quotes), then post-processors (chrome and span guard, interrupted quotes joined, order, calibration). Its direct
/// quotes have exact boundaries (their marks, dash or label). Thread-safe.
/// </summary>
internal sealed class QuoteExtractor : IStatementProposer
{
    /// <summary>The rules' proposer name.</summary>
    public const string RulesName = "rules";

    /// <summary>Scanners of direct statements: their spans bound the later scanners' clauses.</summary>
    private readonly IQuoteScanner[] directScanners;

    private readonly IQuoteScanner[] laterScanners;
    private readonly IQuotePostProcessor[] postProcessors;

    /// <param name="data">The lexicons and models.</param>
    /// <param name="calibrate">Whether the statement model rescores candidates (off only to train that model).</param>
    public QuoteExtractor(StatementKitData data, bool calibrate = true)
    {
        var cues = new CueMatcher(data);
        var phrases = new SpeakerPhraseReader(data);
        var adjacent = new AdjacentAttributionFinder(cues, phrases);
        directScanners = [new QuotationScanner(data, adjacent), new DashQuoteScanner(adjacent)];
        laterScanners = [new ReportedSpeechScanner(cues, phrases), new LabelledLineScanner(data, phrases), new UnabsorbedQuoteScanner(), new NestedQuoteScanner(adjacent)];
        postProcessors = [new ChromeAndSpanFilter(data), new InterruptedQuoteJoiner(), new OrderAndDeduplicate(), new StatementCalibrator(data, calibrate, RulesName)];
        CueSpeakers = new CueSpeakerReader(cues, phrases);
    }

    /// <summary>These rules' reading of a speaker from a cue, for statements another proposer finds (the accurate mode).</summary>
    internal CueSpeakerReader CueSpeakers { get; }

    public string Name => RulesName;

    public StatementProposal Propose(AnalysisDocument document, CancellationToken cancellationToken) =>
        new() { Proposer = RulesName, Statements = Extract(document, cancellationToken) };

    /// <summary>The rules' statements in document order.</summary>
    public IReadOnlyList<QuoteCandidate> Extract(AnalysisDocument document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var scan = new QuoteScan(document, cancellationToken);
        foreach (var scanner in directScanners)
        {
            scanner.Scan(scan);
        }

        scan.CloseDirect();
        foreach (var scanner in laterScanners)
        {
            cancellationToken.ThrowIfCancellationRequested();
            scanner.Scan(scan);
        }

        var candidates = scan.Candidates;
        foreach (var step in postProcessors)
        {
            cancellationToken.ThrowIfCancellationRequested();
            candidates = step.Process(scan, candidates);
        }

        return candidates;
    }
}
