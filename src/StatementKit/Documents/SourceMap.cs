using System.Globalization;
using StatementKit.Text;

namespace StatementKit.Documents;

/// <summary>
/// A piece of the analysed text located in the HTML page it was extracted from: the text node, as an XPath from the
/// document root (<c>/html[1]/body[1]/div[2]/p[1]/text()[1]</c>), and the offset of the piece inside that node's
/// text (UTF-16 code units of the decoded text, as <c>Text.data</c> indexes it in a browser).
/// </summary>
/// <param name="TextStart">Index of the piece in the analysed text.</param>
/// <param name="Length">Number of characters; the same in the analysed text and in the node.</param>
/// <param name="NodePath">The text node, as an XPath that <c>document.evaluate</c> resolves in a browser's DOM of the same page.</param>
/// <param name="NodeOffset">Index of the piece's first character in the text node's data.</param>
public sealed record SourceLocation(int TextStart, int Length, string NodePath, int NodeOffset);

/// <summary>
/// Maps spans of the text analysed from an HTML page back to the page: every character of
/// <see cref="ArticleAnalysis.Text"/> that came from the page has a text node and an offset in it; the paragraph breaks
/// the extraction inserts have none. Paths index the page as the HTML5 algorithm parses it (as every browser does); on a
/// page cut or flattened by the input limits they index the page as analysed. Immutable and thread-safe.
/// </summary>
public sealed class SourceMap
{
    private readonly Segment[] segments;
    private readonly string[] names;
    private readonly int[] parents;
    private readonly int[] ordinals;

    internal SourceMap(Segment[] segments, string[] names, int[] parents, int[] ordinals)
    {
        this.segments = segments;
        this.names = names;
        this.parents = parents;
        this.ordinals = ordinals;
    }

    /// <summary>The pieces of the page that <paramref name="span"/> covers, in text order; empty when it covers none.</summary>
    public IReadOnlyList<SourceLocation> Locate(TextSpan span)
    {
        var result = new List<SourceLocation>();
        if (span.Length <= 0)
        {
            return result;
        }

        // The first segment ending after the span's start; segments are in text order and never overlap.
        var lo = SortedSearch.LowerBound(segments, span.Start + 1, static s => s.TextStart + s.Length);

        string? path = null;
        var pathElement = -1;
        var pathNode = -1;
        for (var i = lo; i < segments.Length && segments[i].TextStart < span.End; i++)
        {
            var segment = segments[i];
            var start = Math.Max(span.Start, segment.TextStart);
            var end = Math.Min(span.End, segment.TextStart + segment.Length);
            if (path is null || pathElement != segment.Element || pathNode != segment.TextNode)
            {
                path = Path(segment.Element, segment.TextNode);
                pathElement = segment.Element;
                pathNode = segment.TextNode;
            }

            var offset = segment.NodeOffset + (start - segment.TextStart);
            if (result.Count > 0 && result[^1] is { } last && last.NodePath == path && last.TextStart + last.Length == start && last.NodeOffset + last.Length == offset)
            {
                result[^1] = last with { Length = last.Length + end - start };
            }
            else
            {
                result.Add(new SourceLocation(start, end - start, path, offset));
            }
        }

        return result;
    }

    /// <summary>The location of the first character of <paramref name="span"/> that came from the page, or null.</summary>
    public SourceLocation? LocateStart(TextSpan span)
    {
        var pieces = Locate(span);
        return pieces.Count > 0 ? pieces[0] : null;
    }

    internal string Path(int element, int textNode)
    {
        var parts = new Stack<string>();
        parts.Push(string.Create(CultureInfo.InvariantCulture, $"text()[{textNode + 1}]"));
        for (var e = element; e >= 0; e = parents[e])
        {
            parts.Push(string.Create(CultureInfo.InvariantCulture, $"{names[e]}[{ordinals[e]}]"));
        }

        return "/html[1]/" + string.Join('/', parts);
    }

    /// <summary>A run of characters copied one to one from a text node.</summary>
    internal readonly record struct Segment(int TextStart, int Length, int Element, int TextNode, int NodeOffset);
}
