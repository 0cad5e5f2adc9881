using AngleSharp.Dom;

namespace StatementKit.Documents;

/// <summary>The text of a page's main content, where it came from, and the paragraphs left out.</summary>
/// <param name="Text">The analysed text: the main content's paragraphs separated by empty lines.</param>
/// <param name="Source">Where each character of <paramref name="Text"/> came from.</param>
/// <param name="RemovedBlocks">The paragraphs of the page outside the main content or left out inside it, in page order.</param>
internal sealed record PageText(string Text, SourceMap Source, IReadOnlyList<RemovedBlock> RemovedBlocks);

/// <summary>
/// Writes the text of a page in one walk of its <see cref="PageTree"/>: the main content into the analysed text, every
/// other paragraph into a <see cref="RemovedBlock"/> of the kind of the furniture it sits in. Children are read by
/// index and cancellation is checked inside the child loop, so a page of a million siblings is still one linear pass.
/// </summary>
internal static class PageTextWriter
{
    public static PageText Write(MainContent content, CancellationToken cancellationToken)
    {
        var tree = content.Tree;
        var isRoot = new bool[tree.Count];
        foreach (var root in content.Roots)
        {
            isRoot[root] = true;
        }

        // Room for the text and a paragraph break per element: the builder never doubles and copies.
        var main = new TextSink(Math.Max(16, tree.Stats[0].TextChars + (2 * tree.Count)));
        var removedSink = new TextSink(256);
        var removed = new List<(RemovedBlockKind Kind, string Text, int Position, SourceMap.Segment Start)>();
        RemovedBlockKind? removedKind = null;

        void FlushRemoved()
        {
            removedSink.Break();
            if (removedSink.Length > 0 && removedKind is { } kind)
            {
                var start = removedSink.Segments[0];
                removed.Add((kind, removedSink.TakeText(), main.NextParagraphStart, start));
            }
            else
            {
                removedSink.TakeText();
            }
        }

        // Each frame: an element, the next child to read, the tree index its next child element has, how many text
        // nodes were read, and where its text goes (the main content, or removed as a kind).
        var frames = new Stack<Frame>();
        var bodyKind = isRoot[0] ? (RemovedBlockKind?)null : content.Removal[0] ?? RemovedBlockKind.Chrome;
        frames.Push(new Frame(0, 0, 1, 0, bodyKind));
        var visited = 0;
        while (frames.Count > 0)
        {
            var frame = frames.Pop();
            var children = tree.Elements[frame.Index].ChildNodes;
            var descended = false;
            while (frame.Child < children.Length)
            {
                if ((++visited & 0xFFF) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                var node = children[frame.Child++];
                if (node is IText text)
                {
                    var textNode = frame.TextNodes++;
                    if (frame.Kind is null)
                    {
                        main.Append(text.Data, frame.Index, textNode);
                    }
                    else
                    {
                        if (removedSink.Length > 0 && removedKind != frame.Kind)
                        {
                            FlushRemoved();
                        }

                        removedKind = frame.Kind;
                        removedSink.Append(text.Data, frame.Index, textNode);
                    }

                    continue;
                }

                if (node is not IElement)
                {
                    continue;
                }

                var child = frame.NextElement;
                frame = frame with { NextElement = tree.SubtreeEnd[child] };
                if (tree.Skipped[child])
                {
                    continue;
                }

                // Inside furniture the outer kind stands (a caption in a related box is related); plain chrome outside the
                // content takes the kind the element's own class suggests, removed or not ("related-articles").
                var kind = isRoot[child] ? null
                    : frame.Kind is null ? content.Removal[child]
                    : frame.Kind == RemovedBlockKind.Chrome ? content.Removal[child] ?? tree.Hint[child] ?? frame.Kind
                    : frame.Kind;
                if (PageTree.IsBlock(tree.Tag(child)))
                {
                    main.Break();
                    FlushRemoved();
                }

                frames.Push(frame);
                frames.Push(new Frame(child, 0, child + 1, 0, kind));
                descended = true;
                break;
            }

            if (descended)
            {
                continue;
            }

            // The element is done: a block ends the paragraph.
            if (PageTree.IsBlock(tree.Tag(frame.Index)))
            {
                main.Break();
                FlushRemoved();
            }
        }

        main.Break();
        FlushRemoved();
        var textOut = main.ToString();
        var names = new string[tree.Count];
        for (var i = 0; i < tree.Count; i++)
        {
            names[i] = tree.Tag(i);
        }

        var source = new SourceMap([.. main.Segments], names, [.. tree.Parent], [.. tree.Ordinal]);
        var blocks = removed
            .Select(r => new RemovedBlock(r.Kind, r.Text, Math.Min(r.Position, textOut.Length), source.Path(r.Start.Element, r.Start.TextNode), r.Start.NodeOffset))
            .ToList();
        return new PageText(textOut, source, blocks);
    }

    /// <summary>A mutable walk frame (a struct popped into a local, advanced, and pushed back).</summary>
    private record struct Frame(int Index, int Child, int NextElement, int TextNodes, RemovedBlockKind? Kind);
}
