using System.Text;

namespace StatementKit.Documents;

/// <summary>What <see cref="HtmlPreScan"/> did to a page before the parser saw it.</summary>
/// <param name="Html">The markup to parse: the input itself when no limit was reached.</param>
/// <param name="DroppedTags">Start tags left out because they would have nested deeper than the depth limit.</param>
/// <param name="TruncatedAt">The input position where the element limit cut the page, or -1.</param>
/// <param name="Elements">How many start tags were kept: the size to expect of the parsed page.</param>
internal sealed record PreScannedHtml(string Html, int DroppedTags, int TruncatedAt, int Elements);

/// <summary>
/// One linear pass over the markup, before the HTML parser, that keeps the parser's work linear: an HTML5 tree builder
/// spends time in proportion to the depth of its stack of open elements and of its list of active formatting
/// elements for every tag, so hostile pages of 100,000 nested or misnested elements take it minutes. The scan tracks an
/// estimate of both (with the parser's commonest implied end tags), leaves out start tags (and their end tags) that
/// would go deeper than the limits, and cuts the page after the maximum number of elements. Ordinary pages, a few dozen
/// levels deep, pass through unchanged.
/// </summary>
internal static class HtmlPreScan
{
    /// <summary>Formatting elements the parser re-opens after a block closes them (HTML's "active formatting elements").</summary>
    private const int MaxOpenFormatting = 12;

    /// <summary>
    /// Inline formatting tags (<c>b</c>, <c>i</c>, <c>em</c>, <c>font</c>…, not links) are left out, their text kept,
    /// once the page holds more than 1,024 elements plus one per 32 characters read: real pages hold one per 100 or more
    /// characters, and a page packed with formatting tags costs the parser (which re-creates misnested ones) several
    /// hundred bytes per tag.
    /// </summary>
    private const int BaseElements = 1024;

    private const int CharactersPerElement = 32;

    /// <summary>Real pages hold a few hundred scripts and styles at most.</summary>
    private const int MaxScriptElements = 4096;

    private static readonly HashSet<string> Void = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr", "param", "keygen", "frame",
    };

    /// <summary>Elements whose content is raw text up to their end tag: no tags inside.</summary>
    private static readonly HashSet<string> RawText = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "plaintext",
    };

    private static readonly HashSet<string> Formatting = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "b", "big", "code", "em", "font", "i", "nobr", "s", "small", "strike", "strong", "tt", "u",
    };

    public static PreScannedHtml Apply(string html, int maxDepth, int maxElements, CancellationToken cancellationToken)
    {
        var open = new List<string>(Math.Min(maxDepth, 64));
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        var droppedOpen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        StringBuilder? output = null;
        var copiedUpTo = 0;
        var dropped = 0;
        var elements = 0;
        var tags = 0;
        var scripts = 0;
        var openFormatting = 0;
        var position = 0;
        while (position < html.Length)
        {
            var lt = html.IndexOf('<', position);
            if (lt < 0 || lt + 1 >= html.Length)
            {
                break;
            }

            if ((++tags & 0x3FFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var next = html[lt + 1];
            if (next == '!' || next == '?')
            {
                position = HtmlTagText.SkipMarkupDeclaration(html, lt);
                continue;
            }

            var closing = next == '/';
            var nameStart = closing ? lt + 2 : lt + 1;
            if (nameStart >= html.Length || !char.IsAsciiLetter(html[nameStart]))
            {
                position = lt + 1;
                continue;
            }

            var nameEnd = nameStart;
            while (nameEnd < html.Length && (char.IsAsciiLetterOrDigit(html[nameEnd]) || html[nameEnd] is '-' or ':'))
            {
                nameEnd++;
            }

            var tagEnd = HtmlTagText.FindTagEnd(html, nameEnd);
            var name = HtmlTagText.Name(html.AsSpan(nameStart, nameEnd - nameStart), names);
            if (closing)
            {
                // Tags left out were deeper than every open element then: their end tags come first.
                if (droppedOpen.TryGetValue(name, out var count) && count > 0)
                {
                    droppedOpen[name] = count - 1;
                    Drop(ref output, html, ref copiedUpTo, lt, tagEnd);
                }
                else
                {
                    HtmlOpenElements.PopTo(open, name);
                    if (Formatting.Contains(name) && openFormatting > 0)
                    {
                        openFormatting--;
                    }
                }

                position = tagEnd;
                continue;
            }

            // Only elements handed to the parser count towards the limit.
            if (++elements - dropped > maxElements)
            {
                return Finish(output, html, copiedUpTo, lt, dropped, truncatedAt: lt, elements - 1 - dropped);
            }

            if (HtmlOpenElements.CloseImplied(open, name) && openFormatting > 0)
            {
                openFormatting--;
            }

            var isFormatting = Formatting.Contains(name);
            var dropInline = isFormatting && name != "a" && elements > BaseElements + (lt / CharactersPerElement);
            if (open.Count >= maxDepth || (isFormatting && openFormatting >= MaxOpenFormatting) || dropInline)
            {
                droppedOpen[name] = droppedOpen.GetValueOrDefault(name) + 1;
                dropped++;
                Drop(ref output, html, ref copiedUpTo, lt, tagEnd);
                position = tagEnd;
                continue;
            }

            if (name is "script" or "style" && ++scripts > MaxScriptElements && !HtmlTagText.IsJsonLd(html, lt, tagEnd))
            {
                // Past a few thousand scripts and styles a page is hostile: whole elements are left out (the parser
                // is slower than linear in thousands of head elements).
                var scriptEnd = HtmlTagText.RawTextEnd(html, tagEnd, name);
                var after = scriptEnd >= html.Length ? html.Length : HtmlTagText.FindTagEnd(html, scriptEnd + 2 + name.Length);
                dropped++;
                Drop(ref output, html, ref copiedUpTo, lt, after);
                position = after;
                continue;
            }

            if (isFormatting)
            {
                openFormatting++;
            }

            if (!Void.Contains(name) && !(tagEnd >= 2 && html[tagEnd - 2] == '/' && !HtmlTagText.IsHtmlContainer(name)))
            {
                open.Add(name);
            }

            if (!RawText.Contains(name))
            {
                position = tagEnd;
                continue;
            }

            var contentEnd = HtmlTagText.RawTextEnd(html, tagEnd, name);
            if (contentEnd > tagEnd && name is "script" or "style" && !HtmlTagText.IsJsonLd(html, lt, tagEnd))
            {
                // Nothing reads a script's or a style's text but JSON-LD: the parser need not hold it.
                Drop(ref output, html, ref copiedUpTo, tagEnd, contentEnd);
            }

            if (contentEnd < html.Length)
            {
                open.RemoveAt(open.Count - 1);
            }

            position = contentEnd >= html.Length ? html.Length : HtmlTagText.FindTagEnd(html, contentEnd + 2 + name.Length);
        }

        return Finish(output, html, copiedUpTo, html.Length, dropped, truncatedAt: -1, elements - dropped);
    }

    private static PreScannedHtml Finish(StringBuilder? output, string html, int copiedUpTo, int end, int dropped, int truncatedAt, int elements)
    {
        if (output is null)
        {
            return new PreScannedHtml(end == html.Length ? html : html[..end], dropped, truncatedAt, elements);
        }

        output.Append(html, copiedUpTo, end - copiedUpTo);
        return new PreScannedHtml(output.ToString(), dropped, truncatedAt, elements);
    }

    private static void Drop(ref StringBuilder? output, string html, ref int copiedUpTo, int start, int end)
    {
        output ??= new StringBuilder(html.Length);
        output.Append(html, copiedUpTo, start - copiedUpTo);
        copiedUpTo = end;
    }

}
