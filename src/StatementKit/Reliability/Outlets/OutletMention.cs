using StatementKit.Data;

namespace StatementKit.Reliability.Outlets;

/// <summary>How an outlet takes part in an article's sourcing.</summary>
internal enum OutletRole
{
    /// <summary>Where the speaker spoke ("in an interview with The Financial Times", "told RT").</summary>
    Venue,

    /// <summary>An outlet whose reporting the article passes on ("LRT reports", "reported by RIA News", "according to TASS").</summary>
    Relay,
}

/// <summary>A news outlet that the article gives as a source: a venue or a relay.</summary>
/// <param name="Name">The outlet as the text names it, without a leading "the", or the description when unnamed.</param>
/// <param name="Span">Where the text names or describes it.</param>
/// <param name="Role">Venue or relay.</param>
/// <param name="Outlet">The known outlet, when the name resolves to one.</param>
/// <param name="IsStateControlled">State-controlled by the data's typology, or described so when the outlet is unknown.</param>
/// <param name="Country">The outlet's country, from the data or the description; empty when unknown.</param>
internal sealed record OutletMention(string Name, TextSpan Span, OutletRole Role, NewsOutlet? Outlet, bool IsStateControlled, string Country);
