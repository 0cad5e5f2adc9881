namespace StatementKit.Reliability.Rules;

/// <summary>
/// <c>state-media-origin</c>: the article names a state-controlled or captured outlet (State Media Monitor typology)
/// as its source, or is published on such an outlet's domain.
/// </summary>
internal sealed class StateMediaOriginRule : IReliabilityRule
{
    public string Code => "state-media-origin";

    public IEnumerable<ReliabilityFlag> Evaluate(ReliabilityContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var byOutlet = new SortedDictionary<string, (Data.StateMediaOutlet Outlet, List<TextExcerpt> Evidence)>(StringComparer.Ordinal);
        foreach (var mention in context.OutletMentions)
        {
            if (mention.StateMedia(context.Data) is { IsStateControlled: true } outlet)
            {
                if (!byOutlet.TryGetValue(outlet.Name, out var entry))
                {
                    entry = (outlet, []);
                    byOutlet.Add(outlet.Name, entry);
                }

                entry.Evidence.Add(context.Document.Excerpt(mention.Span));
            }
        }

        foreach (var (name, (outlet, evidence)) in byOutlet)
        {
            var country = outlet.Country.Length > 0 ? $", {outlet.Country}" : string.Empty;
            yield return new ReliabilityFlag(Code, FlagSeverity.Warning,
                $"The article gives {name} ({outlet.TypologyDescription}{country}) as a source of its reporting.", evidence);
        }

        var host = context.Document.Metadata.Url?.Host;
        if (host is not null)
        {
            var bare = host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? host[4..] : host;
            if (context.Data.StateMediaByDomain.TryGetValue(bare, out var publisher) && publisher.IsStateControlled)
            {
                yield return new ReliabilityFlag(Code, FlagSeverity.Warning,
                    $"The article is published by {publisher.Name} ({publisher.TypologyDescription}, {publisher.Country}).", []);
            }
        }
    }
}
