using StatementKit.Reliability.Outlets;

namespace StatementKit.Reliability.Rules;

/// <summary>
/// <c>secondhand-attribution</c>: the article passes on another outlet's reporting rather than its own. The chain
/// (interview venue first, then each relay) is on <see cref="ReliabilityReport.AttributionChain"/>.
/// </summary>
internal sealed class SecondhandAttributionRule : IReliabilityRule
{
    public string Code => "secondhand-attribution";

    public IEnumerable<ReliabilityFlag> Evaluate(ReliabilityContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var chain = AttributionChain.Build(context);
        if (!context.OutletMentions.Any(m => m.Role == OutletRole.Relay) || chain.Count == 0)
        {
            yield break;
        }

        // A chain is a venue passed on by a relay ("told the Financial Times, LRT reports"), the two in one paragraph;
        // several outlets each cited for their own reporting (an interview on CBS here, a finding of the Charlotte
        // Observer there) are several second-hand sources, not a longer chain.
        var isChain = chain.Count >= 2 && VenuePassedOn(context);
        var severity = isChain ? FlagSeverity.Warning : FlagSeverity.Info;
        var hands = isChain ? "at third hand or further" : "at second hand";
        var evidence = context.OutletMentions.Select(m => context.Document.Excerpt(m.Span)).ToList();
        yield return new ReliabilityFlag(Code, severity,
            $"The article relays reporting {hands}: {string.Join(isChain ? " → " : ", ", chain)}.", evidence);
    }

    /// <summary>Whether a venue and a relay of another outlet are named in the same paragraph.</summary>
    private static bool VenuePassedOn(ReliabilityContext context)
    {
        var document = context.Document;
        var relays = context.OutletMentions.Where(m => m.Role == OutletRole.Relay)
            .Select(m => (Paragraph: document.ParagraphIndexAt(m.Span.Start), m.Name)).ToList();
        return context.OutletMentions.Where(m => m.Role == OutletRole.Venue).Any(venue =>
        {
            var paragraph = document.ParagraphIndexAt(venue.Span.Start);
            return relays.Any(r => r.Paragraph == paragraph && !string.Equals(r.Name, venue.Name, StringComparison.OrdinalIgnoreCase));
        });
    }
}

/// <summary>The outlets between a speaker and the reader, nearest to the speaker first.</summary>
internal static class AttributionChain
{
    public static IReadOnlyList<string> Build(ReliabilityContext context)
    {
        var publisher = context.Document.Metadata.Publisher ?? context.Document.Metadata.SiteName;
        var chain = new List<string>();
        foreach (var role in new[] { OutletRole.Venue, OutletRole.Relay })
        {
            foreach (var mention in context.OutletMentions.Where(m => m.Role == role))
            {
                var name = mention.Name;
                if (!chain.Contains(name, StringComparer.OrdinalIgnoreCase) && !string.Equals(name, publisher, StringComparison.OrdinalIgnoreCase)
                    && !(mention.Outlet is { } outlet && chain.Contains(outlet.Name, StringComparer.OrdinalIgnoreCase)))
                {
                    chain.Add(name);
                }
            }
        }

        return chain;
    }
}
