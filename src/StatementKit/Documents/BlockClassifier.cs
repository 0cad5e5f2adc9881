using AngleSharp.Dom;

namespace StatementKit.Documents;

/// <summary>
/// What an element is, from its tag, class, id, role and itemprop alone: furniture to leave out of the main content
/// (with the kind it is reported as) and the class weight the content scorer adds (±25 for a positive or negative class
/// or id, as Mozilla Readability weighs them).
/// </summary>
internal sealed class BlockClassifier
{
    private const int Weight = 25;
    private readonly PageHints hints;

    public BlockClassifier(PageHints hints) => this.hints = hints;

    public (RemovedBlockKind? Removal, int ClassWeight, RemovedBlockKind? Hint) Classify(IElement element, bool stripUnlikely)
    {
        var tag = element.LocalName;
        var (classHints, classKind) = hints.Match(element.GetAttribute("class"));
        var (idHints, idKind) = hints.Match(element.GetAttribute("id"));
        var weight = Score(classHints) + Score(idHints);
        var itemProperty = element.GetAttribute("itemprop");
        if (itemProperty is not null && itemProperty.Contains("articleBody", StringComparison.OrdinalIgnoreCase))
        {
            weight += Weight;
        }

        var kind = classKind ?? idKind;
        var removal = tag switch
        {
            "nav" => RemovedBlockKind.Navigation,
            "footer" => RemovedBlockKind.Navigation,
            "aside" => kind ?? RemovedBlockKind.Chrome,
            "figcaption" => RemovedBlockKind.Caption,
            _ => (RemovedBlockKind?)null,
        };

        if (removal is null && ByRole(element.GetAttribute("role")) is { } byRole)
        {
            removal = byRole;
        }

        if (removal is null && kind is RemovedBlockKind.AuthorBio or RemovedBlockKind.Caption or RemovedBlockKind.Credit)
        {
            removal = kind;
        }

        var all = classHints | idHints;
        if (removal is null && stripUnlikely && (all & HintClass.Unlikely) != 0 && (all & HintClass.Maybe) == 0 && tag is not ("body" or "a" or "html"))
        {
            removal = kind ?? RemovedBlockKind.Chrome;
        }

        return (removal, weight, kind);
    }

    private static int Score(HintClass classes) =>
        ((classes & HintClass.Positive) != 0 ? Weight : 0) - ((classes & HintClass.Negative) != 0 ? Weight : 0);

    private static RemovedBlockKind? ByRole(string? role) => role switch
    {
        "navigation" or "menu" or "menubar" => RemovedBlockKind.Navigation,
        "complementary" or "alert" or "alertdialog" or "dialog" or "banner" => RemovedBlockKind.Chrome,
        "contentinfo" => RemovedBlockKind.Navigation,
        _ => null,
    };
}
