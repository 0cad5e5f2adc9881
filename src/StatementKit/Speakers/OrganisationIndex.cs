using StatementKit.Data;

namespace StatementKit.Speakers;

/// <summary>
/// The organisations a document names, by position, so that a descriptor can refer back to the one it means:
/// "the agency" to the agency named last, "the committee" to the "Democratic National Committee".
/// </summary>
internal sealed class OrganisationIndex
{
    private const int MaxLookBack = 4000;


    private readonly List<OrganisationMention> mentions;
    private readonly StatementKitData data;

    public OrganisationIndex(List<OrganisationMention> mentions, StatementKitData data)
    {
        this.mentions = mentions;
        this.data = data;
    }

    /// <summary>The organisation named at <paramref name="position"/>, if a name starts there.</summary>
    public OrganisationMention? At(int position)
    {
        var index = mentions.BinarySearch(new OrganisationMention(new TextSpan(position, 0), string.Empty, null), ByStart.Instance);
        return index >= 0 ? mentions[index] : null;
    }

    /// <summary>
    /// The organisation a descriptor such as "the agency" refers to: the last one named before it whose kind the noun
    /// names ("agency" an "… Agency", "company" an "… Inc.", "committee" a "… Committee"), within a bounded look back.
    /// </summary>
    public OrganisationMention? OfKind(string noun, int position)
    {
        var index = mentions.BinarySearch(new OrganisationMention(new TextSpan(position, 0), string.Empty, null), ByStart.Instance);
        for (var k = (index >= 0 ? index : ~index) - 1; k >= 0 && mentions[k].Span.Start >= position - MaxLookBack; k--)
        {
            if (mentions[k].Kind is { } kind && Fits(noun, kind))
            {
                return mentions[k];
            }
        }

        return null;
    }

    /// <summary>
    /// Whether the noun can name an organisation of the kind: the same word, or kinds that descriptors use for one
    /// another ("the firm" for a "… Corp.", "the agency" for a "… Department"; <c>organisation-kind-nouns.tsv</c>).
    /// </summary>
    private bool Fits(string noun, string kind) =>
        string.Equals(noun, kind, StringComparison.Ordinal)
        || data.CompanyNouns.Contains(noun) && string.Equals(kind, "company", StringComparison.Ordinal)
        || data.GovernmentNouns.Contains(noun) && data.GovernmentNouns.Contains(kind);

    private sealed class ByStart : IComparer<OrganisationMention>
    {
        public static readonly ByStart Instance = new();

        public int Compare(OrganisationMention? x, OrganisationMention? y) => x!.Span.Start.CompareTo(y!.Span.Start);
    }
}
