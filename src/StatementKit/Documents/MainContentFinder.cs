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
    private const int EnoughText = 500;

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
            removal[i] = tree.Removal[i] ?? SmallBlocks.Kind(tree, i, creditLabels);
            excluded[i] = tree.Skipped[i] || removal[i] is not null || (i > 0 && excluded[tree.Parent[i]]);
        }

        var scores = ContentScores.Score(tree, excluded, cancellationToken);
        var top = ContentScores.TopCandidate(tree, scores);
        var roots = ContentScores.Siblings(tree, scores, top, excluded);
        if (cleanConditionally)
        {
            foreach (var root in roots)
            {
                for (var i = root + 1; i < tree.SubtreeEnd[root]; i++)
                {
                    if (removal[i] is null && !excluded[i] && ConditionalCleaning.ShouldClean(tree, i))
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
