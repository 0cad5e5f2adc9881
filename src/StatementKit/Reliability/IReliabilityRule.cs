using StatementKit.Data;
using StatementKit.Pipeline;
using StatementKit.Reliability.Outlets;

namespace StatementKit.Reliability;

/// <summary>One check of an article's sourcing. Rules are independent; register as many as you like.</summary>
public interface IReliabilityRule
{
    /// <summary>The stable kebab-case code of the flags this rule raises.</summary>
    string Code { get; }

    /// <summary>The flags the article deserves; none when it passes.</summary>
    IEnumerable<ReliabilityFlag> Evaluate(ReliabilityContext context);
}

/// <summary>What a reliability rule can look at.</summary>
public sealed class ReliabilityContext
{
    internal ReliabilityContext(AnalysisDocument document, IReadOnlyList<Statement> statements, IReadOnlyList<Entity> entities,
        StatementKitData data, CancellationToken cancellationToken)
    {
        Document = document;
        Statements = statements;
        Entities = entities;
        Data = data;
        CancellationToken = cancellationToken;
    }

    /// <summary>The analysed text and its segmentation.</summary>
    public AnalysisDocument Document { get; }

    /// <summary>The attributed statements.</summary>
    public IReadOnlyList<Statement> Statements { get; }

    /// <summary>The entities.</summary>
    public IReadOnlyList<Entity> Entities { get; }

    /// <summary>Cancels long evaluations.</summary>
    public CancellationToken CancellationToken { get; }

    internal StatementKitData Data { get; }

    /// <summary>The outlets the article gives as sources (venues and relays); shared so that the outlet rules agree.</summary>
    internal IReadOnlyList<OutletMention> OutletMentions => outletMentions ??= OutletMentionFinder.Find(Document, Statements, Data, CancellationToken);

    private IReadOnlyList<OutletMention>? outletMentions;
}
