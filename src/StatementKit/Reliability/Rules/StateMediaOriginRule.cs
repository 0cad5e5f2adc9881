using StatementKit.Reliability.Outlets;

namespace StatementKit.Reliability.Rules;

/// <summary>
/// <c>state-media-origin</c>: the article gives a state-controlled or captured outlet (State Media Monitor typology),
/// or an outlet it describes as state-run, as a source of its reporting, or is published on such an outlet's domain.
/// </summary>
internal sealed class StateMediaOriginRule : IReliabilityRule
{
    public string Code => "state-media-origin";

    public IEnumerable<ReliabilityFlag> Evaluate(ReliabilityContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var byOutlet = new SortedDictionary<string, (OutletMention First, List<TextExcerpt> Evidence)>(StringComparer.Ordinal);
        foreach (var mention in context.OutletMentions.Where(m => m.IsStateControlled))
        {
            var key = mention.Outlet?.Name ?? mention.Name;
            if (!byOutlet.TryGetValue(key, out var entry))
            {
                entry = (mention, []);
                byOutlet.Add(key, entry);
            }

            entry.Evidence.Add(context.Document.Excerpt(mention.Span));
        }

        foreach (var (name, (mention, evidence)) in byOutlet)
        {
            var country = mention.Country.Length > 0 ? $", {mention.Country}" : string.Empty;
            var what = mention.Outlet is { } outlet ? $"{name} ({outlet.TypologyDescription}{country})" : $"{name} (described as state-run{country})";
            yield return new ReliabilityFlag(Code, FlagSeverity.Warning, $"The article gives {what} as a source of its reporting.", evidence);
        }

        var host = context.Document.Metadata.Url?.Host;
        if (host is not null)
        {
            var bare = host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? host[4..] : host;
            if (context.Data.Outlets.ByDomain.TryGetValue(bare, out var publisher) && publisher.IsStateControlled)
            {
                yield return new ReliabilityFlag(Code, FlagSeverity.Warning,
                    $"The article is published by {publisher.Name} ({publisher.TypologyDescription}, {publisher.Country}).", []);
            }
        }
    }
}
