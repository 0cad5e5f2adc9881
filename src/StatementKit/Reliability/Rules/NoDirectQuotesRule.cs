namespace StatementKit.Reliability.Rules;

/// <summary><c>no-direct-quotes</c>: the article reports what people said without quoting a single word of it.</summary>
internal sealed class NoDirectQuotesRule : IReliabilityRule
{
    public string Code => "no-direct-quotes";

    public IEnumerable<ReliabilityFlag> Evaluate(ReliabilityContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var reported = context.Statements.Where(s => s.Kind == StatementKind.Indirect && s.Speaker is { EntityIndex: >= 0 } speaker
            && context.Entities[speaker.EntityIndex].Kind == EntityKind.Person).ToList();
        if (reported.Count == 0 || context.Statements.Any(s => s.Kind != StatementKind.Indirect))
        {
            yield break;
        }

        yield return new ReliabilityFlag(Code, FlagSeverity.Info,
            $"The article reports {reported.Count} claim(s) of what people said without quoting any of their words.",
            reported.Select(s => s.Cue ?? s.Content).ToList());
    }
}
