using AngleSharp.Dom;

namespace StatementKit.Documents;

/// <summary>
/// The elements of a page body in document order (pre-order), with what main-content extraction needs of each, computed
/// in one pass: parent, subtree end, the text and link characters, commas and the descendant counts of the tags the
/// scorer weighs. Children are read by index (never by sibling walks, which AngleSharp answers by searching the
/// parent's child list), and the walk is iterative, so time is linear in the page and depth never overflows the stack.
/// </summary>
internal sealed class PageTree
{
    private static readonly HashSet<string> SkippedTags = new(StringComparer.Ordinal)
    {
        "script", "style", "noscript", "template", "svg", "math", "canvas", "iframe", "object", "embed", "head", "button",
        "select", "option", "input", "textarea", "map", "audio", "video", "link", "meta", "dialog",
    };

    private static readonly HashSet<string> BlockTags = new(StringComparer.Ordinal)
    {
        "p", "div", "section", "article", "main", "header", "footer", "aside", "nav", "h1", "h2", "h3", "h4", "h5", "h6", "li",
        "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "table", "tr", "td", "th", "figure", "figcaption", "br", "hr",
        "address", "details", "summary", "body", "html", "caption", "tbody", "thead", "tfoot", "form", "fieldset", "hgroup",
        "menu", "center", "dialog", "legend",
    };

    private PageTree(int capacity)
    {
        Elements = new List<IElement>(capacity);
        Parent = new List<int>(capacity);
        Ordinal = new List<int>(capacity);
        SubtreeEnd = new List<int>(capacity);
        ChildElements = new List<int>(capacity);
        Skipped = new List<bool>(capacity);
        Stats = new List<ElementStats>(capacity);
        Removal = new List<RemovedBlockKind?>(capacity);
        ClassWeight = new List<int>(capacity);
        Hint = new List<RemovedBlockKind?>(capacity);
    }

    /// <summary>The body first, then every element below it in document order.</summary>
    public List<IElement> Elements { get; }

    /// <summary>Index of each element's parent; -1 for the body.</summary>
    public List<int> Parent { get; }

    /// <summary>Position among the parent's children of the same tag, from 1 (as XPath counts).</summary>
    public List<int> Ordinal { get; }

    /// <summary>One past the index of each element's last descendant.</summary>
    public List<int> SubtreeEnd { get; }

    /// <summary>Number of child elements.</summary>
    public List<int> ChildElements { get; }

    /// <summary>Never text: scripts, styles, forms controls, hidden elements, and everything inside them.</summary>
    public List<bool> Skipped { get; }

    /// <summary>Text and tag counts of each element's subtree (skipped parts excluded).</summary>
    public List<ElementStats> Stats { get; }

    /// <summary>Furniture by tag, class, id or role (<see cref="BlockClassifier"/>): left out of the content and of its parent's figures.</summary>
    public List<RemovedBlockKind?> Removal { get; }

    /// <summary>The class weight the content scorer adds (±25 per positive or negative class or id).</summary>
    public List<int> ClassWeight { get; }

    /// <summary>The block kind the element's class or id suggests, if any (bylines, share bars).</summary>
    public List<RemovedBlockKind?> Hint { get; }

    public int Count => Elements.Count;

    public string Tag(int index) => Elements[index].LocalName;

    public static bool IsBlock(string tag) => BlockTags.Contains(tag);

    public static PageTree Build(IElement body, BlockClassifier classifier, bool stripUnlikely, int expectedElements, CancellationToken cancellationToken)
    {
        // Sized from the pre-scan's element count: list doubling would otherwise double the tree's memory.
        var tree = new PageTree(Math.Clamp(expectedElements + 8, 16, 1 << 22));
        tree.Add(body, -1, 1, skipped: false, (null, 0, null));
        var frames = new Stack<(int Index, int Child, Dictionary<string, int>? Ordinals)>();
        frames.Push((0, 0, null));
        var visited = 0;
        while (frames.Count > 0)
        {
            var (index, child, ordinals) = frames.Pop();
            var children = tree.Elements[index].ChildNodes;
            var parentSkipped = tree.Skipped[index];
            while (child < children.Length)
            {
                if ((++visited & 0xFFF) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                var node = children[child++];
                if (node is IText text)
                {
                    if (!parentSkipped)
                    {
                        tree.Stats[index] = tree.Stats[index].AddText(text.Data);
                    }

                    continue;
                }

                if (node is not IElement element)
                {
                    continue;
                }

                tree.ChildElements[index]++;
                var name = element.LocalName;
                var ordinal = 1;
                if (tree.ChildElements[index] > 1)
                {
                    // The first child element directly follows its parent in document order.
                    ordinals ??= new Dictionary<string, int>(StringComparer.Ordinal) { [tree.Tag(index + 1)] = 1 };
                    ordinal = ordinals[name] = ordinals.GetValueOrDefault(name) + 1;
                }

                var skipped = parentSkipped || IsSkipped(element);
                var elementIndex = tree.Add(element, index, ordinal, skipped, skipped ? default : classifier.Classify(element, stripUnlikely));
                frames.Push((index, child, ordinals));
                frames.Push((elementIndex, 0, null));
                goto NextFrame;
            }

            tree.SubtreeEnd[index] = tree.Count;
        NextFrame:;
        }

        tree.Accumulate();
        return tree;
    }

    /// <summary>Whether <paramref name="descendant"/> lies in the subtree of <paramref name="ancestor"/> (or is it).</summary>
    public bool Within(int descendant, int ancestor) => descendant >= ancestor && descendant < SubtreeEnd[ancestor];

    /// <summary>The share of an element's text that is link text, from 0 to 1.</summary>
    public double LinkDensity(int index) => Stats[index].TextChars == 0 ? 0 : (double)Stats[index].LinkChars / Stats[index].TextChars;

    private int Add(IElement element, int parent, int ordinal, bool skipped, (RemovedBlockKind? Removal, int ClassWeight, RemovedBlockKind? Hint) classification)
    {
        Removal.Add(classification.Removal);
        ClassWeight.Add(classification.ClassWeight);
        Hint.Add(classification.Hint);
        Elements.Add(element);
        Parent.Add(parent);
        Ordinal.Add(ordinal);
        SubtreeEnd.Add(-1);
        ChildElements.Add(0);
        Skipped.Add(skipped);
        Stats.Add(ElementStats.For(element.LocalName));
        return Elements.Count - 1;
    }

    /// <summary>Adds each subtree's figures to its parent, children before parents (reverse document order).</summary>
    private void Accumulate()
    {
        for (var i = Count - 1; i >= 0; i--)
        {
            if (Tag(i) == "a")
            {
                Stats[i] = Stats[i] with { LinkChars = Stats[i].TextChars };
            }

            if (i > 0 && !Skipped[i] && Removal[i] is null)
            {
                Stats[Parent[i]] = Stats[Parent[i]].Add(Stats[i], Tag(i));
            }
        }
    }

    private static bool IsSkipped(IElement element)
    {
        if (SkippedTags.Contains(element.LocalName) || element.HasAttribute("hidden"))
        {
            return true;
        }

        if (element.GetAttribute("aria-hidden") is { } ariaHidden && ariaHidden.Equals("true", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return element.GetAttribute("style") is { } style
            && (style.Contains("display:none", StringComparison.OrdinalIgnoreCase) || style.Contains("display: none", StringComparison.OrdinalIgnoreCase)
                || style.Contains("visibility:hidden", StringComparison.OrdinalIgnoreCase) || style.Contains("visibility: hidden", StringComparison.OrdinalIgnoreCase));
    }
}

/// <summary>What an element's subtree holds: text length (white space runs counted as one), link text, commas, tags.</summary>
internal readonly record struct ElementStats
{
    public int TextChars { get; init; }

    public int LinkChars { get; init; }

    public int Commas { get; init; }

    public int Paragraphs { get; init; }

    public int Images { get; init; }

    public int ListItems { get; init; }

    public int Inputs { get; init; }

    public int Embeds { get; init; }

    public int Headings { get; init; }

    public int HeadingChars { get; init; }

    public int Rows { get; init; }

    /// <summary>Whether a child element is a block: a div without one reads as a paragraph.</summary>
    public bool HasBlockChild { get; init; }

    public static ElementStats For(string tag) => tag switch
    {
        "p" => new ElementStats { Paragraphs = 1 },
        "img" or "picture" => new ElementStats { Images = 1 },
        "li" => new ElementStats { ListItems = 1 },
        "input" or "select" or "textarea" => new ElementStats { Inputs = 1 },
        "embed" or "object" or "iframe" => new ElementStats { Embeds = 1 },
        "h1" or "h2" or "h3" or "h4" or "h5" or "h6" => new ElementStats { Headings = 1 },
        "tr" => new ElementStats { Rows = 1 },
        _ => default,
    };

    public ElementStats AddText(string data)
    {
        int chars = 0, commas = 0;
        var inSpace = TextChars == 0;
        foreach (var c in data)
        {
            if (char.IsWhiteSpace(c))
            {
                if (!inSpace)
                {
                    chars++;
                    inSpace = true;
                }

                continue;
            }

            inSpace = false;
            chars++;
            if (c is ',' or '，' or '、')
            {
                commas++;
            }
        }

        return this with { TextChars = TextChars + chars, Commas = Commas + commas };
    }

    public ElementStats Add(ElementStats child, string childTag) => this with
    {
        TextChars = TextChars + child.TextChars,
        LinkChars = LinkChars + child.LinkChars,
        Commas = Commas + child.Commas,
        Paragraphs = Paragraphs + child.Paragraphs,
        Images = Images + child.Images,
        ListItems = ListItems + child.ListItems,
        Inputs = Inputs + child.Inputs,
        Embeds = Embeds + child.Embeds,
        Headings = Headings + child.Headings,
        HeadingChars = HeadingChars + (childTag is "h1" or "h2" or "h3" or "h4" or "h5" or "h6" ? child.TextChars : child.HeadingChars),
        Rows = Rows + child.Rows,
        HasBlockChild = HasBlockChild || PageTree.IsBlock(childTag),
    };
}
