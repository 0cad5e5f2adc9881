namespace StatementKit.Documents;

/// <summary>The article's main content in a <see cref="PageTree"/>: the elements it is made of and what to leave out inside them.</summary>
/// <param name="Tree">The page.</param>
/// <param name="Roots">The content elements, in document order (the best-scoring container and the siblings that belong with it).</param>
/// <param name="Removal">For each element, the kind it is left out as (inside the content) or reported as (outside it); null to keep.</param>
internal sealed record MainContent(PageTree Tree, IReadOnlyList<int> Roots, RemovedBlockKind?[] Removal);

/// <summary>
/// Finds the main content of a page with the scoring of Mozilla Readability (explainable and tested on real news pages):
/// every paragraph-like element of 25 characters or more scores 1 + its commas + one point per 100 characters (at most
/// 3); the score goes to its parent, half to its grandparent, and a third of the level to the three ancestors above;
/// containers start from a tag bonus plus ±25 for a positive or negative class or id, and end multiplied by their
/// share of non-link text. The best container wins, with the siblings that score near it or read as prose; inside it,
/// blocks that look like link lists, forms, embeds or furniture are left out, as are captions, credits and bylines.
/// Every figure is read from the <see cref="PageTree"/>, so the whole is linear in the page.
/// </summary>
internal static class MainContentFinder
{
    private const int MinParagraphChars = 25;
    private const int MaxAncestors = 5;
    private const int EnoughText = 500;
    private const int TopCandidates = 5;
    private const int MaxBylineChars = 100;
    private const int MaxCreditChars = 150;
    private const int MaxShareChars = 500;

    public static MainContent Find(Func<bool, PageTree> build, IReadOnlySet<string> creditLabels, CancellationToken cancellationToken)
    {
        // As Readability does, a page whose content comes out shorter than 500 characters is read again with fewer
        // exclusions: first keeping elements whose class looks unlikely, then without the conditional clean-up.
        MainContent? best = null;
        var bestLength = int.MinValue;
        PageTree? strict = null;
        foreach (var (stripUnlikely, cleanConditionally) in new[] { (true, true), (false, true), (false, false) })
        {
            var tree = stripUnlikely ? strict ??= build(true) : build(false);
            var content = FindOnce(tree, creditLabels, cleanConditionally, cancellationToken);
            var length = KeptLength(content);
            if (length > bestLength)
            {
                (best, bestLength) = (content, length);
            }

            if (length >= EnoughText)
            {
                break;
            }
        }

        return best!;
    }

    private static MainContent FindOnce(PageTree tree, IReadOnlySet<string> creditLabels, bool cleanConditionally, CancellationToken cancellationToken)
    {
        var removal = new RemovedBlockKind?[tree.Count];
        var excluded = new bool[tree.Count];
        for (var i = 0; i < tree.Count; i++)
        {
            removal[i] = tree.Removal[i] ?? SmallBlockKind(tree, i, creditLabels);
            excluded[i] = tree.Skipped[i] || removal[i] is not null || (i > 0 && excluded[tree.Parent[i]]);
        }

        var scores = Score(tree, excluded, cancellationToken);
        var top = TopCandidate(tree, scores);
        var roots = Siblings(tree, scores, top, excluded);
        if (cleanConditionally)
        {
            foreach (var root in roots)
            {
                for (var i = root + 1; i < tree.SubtreeEnd[root]; i++)
                {
                    if (removal[i] is null && !excluded[i] && ShouldClean(tree, i))
                    {
                        removal[i] = tree.Hint[i] ?? RemovedBlockKind.Chrome;
                        i = tree.SubtreeEnd[i] - 1;
                    }
                }
            }
        }

        ContentFurniture.Mark(tree, roots, top, removal, cancellationToken);
        return new MainContent(tree, roots, removal);
    }

    /// <summary>Bylines, credit lines and share bars: small blocks recognised by class and text.</summary>
    private static RemovedBlockKind? SmallBlockKind(PageTree tree, int i, IReadOnlySet<string> creditLabels)
    {
        var stats = tree.Stats[i];
        if (stats.TextChars == 0 || tree.Skipped[i])
        {
            return null;
        }

        var element = tree.Elements[i];
        var hint = tree.Hint[i];
        if (stats.TextChars <= MaxBylineChars && (hint == RemovedBlockKind.Byline || IsAuthorLink(element)))
        {
            return RemovedBlockKind.Byline;
        }

        if (hint == RemovedBlockKind.Share && stats.TextChars < MaxShareChars)
        {
            return RemovedBlockKind.Share;
        }

        if (stats.TextChars <= MaxCreditChars && PageTree.IsBlock(tree.Tag(i)) && !stats.HasBlockChild && tree.SubtreeEnd[i] - i <= 8
            && IsCreditLine(element.TextContent, creditLabels))
        {
            return RemovedBlockKind.Credit;
        }

        return null;
    }

    private static bool IsAuthorLink(AngleSharp.Dom.IElement element) =>
        (element.GetAttribute("rel") is { } rel && rel.Equals("author", StringComparison.OrdinalIgnoreCase))
        || (element.GetAttribute("itemprop") is { } property && property.Contains("author", StringComparison.OrdinalIgnoreCase));

    /// <summary>"Source: Reuters", "Photo: AP/Anna Berg": a credit label, a colon and a short rest.</summary>
    internal static bool IsCreditLine(string text, IReadOnlySet<string> creditLabels)
    {
        var trimmed = text.AsSpan().Trim();
        var colon = trimmed.IndexOf(':');
        if (colon <= 0 || colon > 20)
        {
            return false;
        }

        var label = trimmed[..colon].Trim().ToString();
        return creditLabels.Contains(label) && trimmed.Length - colon > 1;
    }

    private static double[] Score(PageTree tree, bool[] excluded, CancellationToken cancellationToken)
    {
        var scores = new double[tree.Count];
        var initialised = new bool[tree.Count];
        for (var i = 0; i < tree.Count; i++)
        {
            if ((i & 0xFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (excluded[i] || !IsParagraphLike(tree, i) || tree.Stats[i].TextChars < MinParagraphChars)
            {
                continue;
            }

            var stats = tree.Stats[i];
            var score = 1.0 + stats.Commas + Math.Min(stats.TextChars / 100, 3);
            var ancestor = tree.Parent[i];
            for (var level = 0; level < MaxAncestors && ancestor >= 0; level++, ancestor = tree.Parent[ancestor])
            {
                if (!initialised[ancestor])
                {
                    scores[ancestor] = TagBonus(tree.Tag(ancestor)) + tree.ClassWeight[ancestor];
                    initialised[ancestor] = true;
                }

                scores[ancestor] += level switch
                {
                    0 => score,
                    1 => score / 2,
                    _ => score / (level * 3),
                };
            }
        }

        for (var i = 0; i < tree.Count; i++)
        {
            scores[i] = initialised[i] ? scores[i] * (1 - tree.LinkDensity(i)) : double.NaN;
        }

        return scores;
    }

    private static bool IsParagraphLike(PageTree tree, int i) => tree.Tag(i) switch
    {
        "p" or "td" or "pre" or "section" or "h2" or "h3" or "h4" or "h5" or "h6" => true,
        "div" => !tree.Stats[i].HasBlockChild,
        _ => false,
    };

    private static int TagBonus(string tag) => tag switch
    {
        "div" => 5,
        "pre" or "td" or "blockquote" => 3,
        "address" or "ol" or "ul" or "dl" or "dd" or "dt" or "li" or "form" => -3,
        "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "th" => -5,
        _ => 0,
    };

    private static int TopCandidate(PageTree tree, double[] scores)
    {
        var best = new List<int>(TopCandidates + 1);
        for (var i = 0; i < tree.Count; i++)
        {
            if (double.IsNaN(scores[i]))
            {
                continue;
            }

            var at = best.FindIndex(b => scores[b] < scores[i]);
            if (at < 0)
            {
                at = best.Count;
            }

            if (at < TopCandidates)
            {
                best.Insert(at, i);
                if (best.Count > TopCandidates)
                {
                    best.RemoveAt(TopCandidates);
                }
            }
        }

        if (best.Count == 0 || best[0] == 0)
        {
            return 0;
        }

        var top = best[0];

        // Several strong candidates under one ancestor: the ancestor holds the article (split into sections).
        var alternatives = best.Skip(1).Where(b => scores[b] / scores[top] >= 0.75).ToList();
        if (alternatives.Count >= 3)
        {
            for (var parent = tree.Parent[top]; parent > 0; parent = tree.Parent[parent])
            {
                if (alternatives.Count(a => tree.Within(a, parent)) >= 3)
                {
                    top = parent;
                    break;
                }
            }
        }

        // Climb while the parent scores higher (the content is split between siblings), not far below.
        var lastScore = scores[top];
        var threshold = lastScore / 3;
        for (var parent = tree.Parent[top]; parent > 0; parent = tree.Parent[parent])
        {
            if (double.IsNaN(scores[parent]))
            {
                continue;
            }

            if (scores[parent] < threshold)
            {
                break;
            }

            if (scores[parent] > lastScore)
            {
                top = parent;
                break;
            }

            lastScore = scores[parent];
        }

        while (top > 0 && tree.Parent[top] > 0 && tree.ChildElements[tree.Parent[top]] == 1)
        {
            top = tree.Parent[top];
        }

        return top;
    }

    private static List<int> Siblings(PageTree tree, double[] scores, int top, bool[] excluded)
    {
        if (top == 0)
        {
            return [0];
        }

        var topScore = double.IsNaN(scores[top]) ? 0 : scores[top];
        var threshold = Math.Max(10, topScore * 0.2);
        var topClass = tree.Elements[top].GetAttribute("class");
        var roots = new List<int>();
        var parent = tree.Parent[top];
        for (var sibling = parent + 1; sibling < tree.SubtreeEnd[parent]; sibling = tree.SubtreeEnd[sibling])
        {
            if (sibling == top)
            {
                roots.Add(sibling);
                continue;
            }

            if (excluded[sibling])
            {
                continue;
            }

            var bonus = !string.IsNullOrEmpty(topClass) && topClass.Equals(tree.Elements[sibling].GetAttribute("class"), StringComparison.Ordinal) ? topScore * 0.2 : 0;
            var score = double.IsNaN(scores[sibling]) ? 0 : scores[sibling];
            if (score + bonus >= threshold || (tree.Tag(sibling) == "p" && IsProse(tree, sibling)))
            {
                roots.Add(sibling);
            }
        }

        return roots;
    }

    private static bool IsProse(PageTree tree, int i)
    {
        var length = tree.Stats[i].TextChars;
        var density = tree.LinkDensity(i);
        if (length > 80)
        {
            return density < 0.25;
        }

        if (length == 0 || density > 0)
        {
            return false;
        }

        var text = tree.Elements[i].TextContent.AsSpan().TrimEnd();
        return text.Length > 0 && text[^1] == '.' || text.Contains(". ", StringComparison.Ordinal);
    }

    /// <summary>Readability's conditional clean-up of tables, lists, forms and divs that read as furniture.</summary>
    private static bool ShouldClean(PageTree tree, int i)
    {
        var tag = tree.Tag(i);
        if (tag is not ("div" or "section" or "ul" or "ol" or "table" or "form" or "fieldset"))
        {
            return false;
        }

        var weight = tree.ClassWeight[i];
        if (weight < 0)
        {
            return true;
        }

        var stats = tree.Stats[i];
        if (tag == "table" && stats.Rows >= 10)
        {
            return false;
        }

        if (stats.Commas >= 10)
        {
            return false;
        }

        var isList = tag is "ul" or "ol";
        var paragraphs = stats.Paragraphs;
        var images = stats.Images;
        var listItems = stats.ListItems - 100;
        var inFigure = HasAncestor(tree, i, "figure");
        var density = tree.LinkDensity(i);
        var length = stats.TextChars;
        var headingDensity = length == 0 ? 0 : (double)stats.HeadingChars / length;
        return (images > 1 && (double)paragraphs / images < 0.5 && !inFigure)
            || (!isList && listItems > paragraphs)
            || (stats.Inputs > paragraphs / 3)
            || (!isList && headingDensity < 0.9 && length < MinParagraphChars && (images == 0 || images > 2) && !inFigure)
            || (!isList && weight < 25 && density > 0.2)
            || (weight >= 25 && density > 0.5)
            || (stats.Embeds == 1 && length < 75) || stats.Embeds > 1;
    }

    private static bool HasAncestor(PageTree tree, int i, string tag)
    {
        for (int parent = tree.Parent[i], level = 0; parent >= 0 && level < 3; parent = tree.Parent[parent], level++)
        {
            if (tree.Tag(parent) == tag)
            {
                return true;
            }
        }

        return false;
    }

    private static int KeptLength(MainContent content)
    {
        var tree = content.Tree;
        var length = 0;
        foreach (var root in content.Roots)
        {
            length += tree.Stats[root].TextChars;
            for (var i = root + 1; i < tree.SubtreeEnd[root]; i++)
            {
                if (content.Removal[i] is not null || tree.Skipped[i])
                {
                    // Figures of the tree's own removals never reached their parents; the finder's did.
                    length -= tree.Removal[i] is null && !tree.Skipped[i] ? tree.Stats[i].TextChars : 0;
                    i = tree.SubtreeEnd[i] - 1;
                }
            }
        }

        return length;
    }
}
