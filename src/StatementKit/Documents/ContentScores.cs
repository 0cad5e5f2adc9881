namespace StatementKit.Documents;

/// <summary>
/// Readability's scoring of a page tree: paragraphs score their parent and grandparents by length and commas, the
/// best-scoring node is the top candidate (or a common ancestor of near-equal ones), and siblings that score close to it,
/// or read as prose, join it.
/// </summary>
internal static class ContentScores
{
    public const int MinParagraphChars = 25;

    private const int MaxAncestors = 5;
    private const int TopCandidates = 5;

    public static double[] Score(PageTree tree, bool[] excluded, CancellationToken cancellationToken)
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

    public static int TopCandidate(PageTree tree, double[] scores)
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

    public static List<int> Siblings(PageTree tree, double[] scores, int top, bool[] excluded)
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
}
