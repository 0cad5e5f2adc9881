using StatementKit.Data;

namespace StatementKit.Reliability.Outlets;

/// <summary>
/// A place where the text names or describes a news outlet: a known name ("Xinhua", "the Korean Central News
/// Agency"), a description ("the Chinese state news agency", "Iranian state TV"), or both ("Russia's state-run RIA
/// Novosti"; "Bakhtar, the official news agency,").
/// </summary>
/// <param name="First">The first token of the whole reference, description included.</param>
/// <param name="Last">The last token of the whole reference.</param>
/// <param name="Name">The name as written (null for a description alone).</param>
/// <param name="NameSpan">Where the name is written, or the description when there is no name.</param>
/// <param name="Outlet">The outlet the reference resolves to; null when unknown or not told apart.</param>
/// <param name="DescribedAsState">A state descriptor is attached ("state-run", "official").</param>
/// <param name="Country">The country the description names ("Chinese", "Iran's"), if any.</param>
internal sealed record OutletReference(int First, int Last, string? Name, TextSpan NameSpan, NewsOutlet? Outlet, bool DescribedAsState, string? Country)
{
    /// <summary>State-controlled as far as the article and the data tell: the data's typology wins over a description.</summary>
    public bool IsStateControlled => Outlet?.IsStateControlled ?? DescribedAsState;
}
