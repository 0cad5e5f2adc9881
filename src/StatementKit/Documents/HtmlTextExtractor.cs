using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace StatementKit.Documents;

/// <summary>
/// Extracts readable text from HTML with AngleSharp: block elements become paragraph breaks, inline runs of white space
/// collapse to one space, and scripts, styles and other non-content elements are dropped.
/// </summary>
internal static class HtmlTextExtractor
{
    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "svg", "canvas", "iframe", "object", "embed", "head", "button",
        "select", "option", "input", "textarea", "form", "nav", "map", "audio", "video",
    };

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "header", "footer", "aside", "h1", "h2", "h3", "h4", "h5", "h6", "li",
        "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "table", "tr", "td", "th", "figure", "figcaption", "br", "hr",
        "address", "details", "summary", "body", "html", "caption", "tbody", "thead", "tfoot",
    };

    public static (string Text, string? Title) Extract(string html, CancellationToken cancellationToken)
    {
        var parser = new HtmlParser(new HtmlParserOptions { IsScripting = false });
        using var document = parser.ParseDocument(html);
        cancellationToken.ThrowIfCancellationRequested();
        var title = Normalise(document.QuerySelector("meta[property='og:title']")?.GetAttribute("content"))
            ?? Normalise(document.Title);

        var builder = new StringBuilder(html.Length / 2);
        if (document.Body is { } body)
        {
            Append(body, builder, cancellationToken);
        }

        return (TidyLines(builder), title);
    }

    private static void Append(INode node, StringBuilder builder, CancellationToken cancellationToken)
    {
        // An explicit stack instead of recursion: deeply nested junk HTML must not overflow the call stack.
        var stack = new Stack<(INode Node, bool Closing)>();
        stack.Push((node, false));
        var visited = 0;
        while (stack.Count > 0)
        {
            if ((++visited & 0xFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var (current, closing) = stack.Pop();
            if (current is IText text)
            {
                AppendInline(builder, text.Data);
                continue;
            }

            if (current is not IElement element || Skipped.Contains(element.LocalName) || element.HasAttribute("hidden"))
            {
                continue;
            }

            var isBlock = Blocks.Contains(element.LocalName);
            if (closing)
            {
                if (isBlock)
                {
                    builder.Append('\n');
                }

                continue;
            }

            if (isBlock)
            {
                builder.Append('\n');
            }

            stack.Push((element, true));
            for (var child = element.LastChild; child is not null; child = child.PreviousSibling)
            {
                stack.Push((child, false));
            }
        }
    }

    private static void AppendInline(StringBuilder builder, string data)
    {
        foreach (var c in data)
        {
            if (char.IsWhiteSpace(c))
            {
                if (builder.Length > 0 && builder[^1] is not (' ' or '\n'))
                {
                    builder.Append(' ');
                }
            }
            else if (!char.IsControl(c))
            {
                builder.Append(c);
            }
        }
    }

    /// <summary>Trims each line and keeps one empty line at most between paragraphs.</summary>
    private static string TidyLines(StringBuilder builder)
    {
        var lines = builder.ToString().Split('\n');
        var result = new StringBuilder(builder.Length);
        foreach (var raw in lines)
        {
            var line = raw.Trim();
            if (line.Length == 0)
            {
                continue;
            }

            if (result.Length > 0)
            {
                result.Append("\n\n");
            }

            result.Append(line);
        }

        return result.ToString();
    }

    private static string? Normalise(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        return string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }
}
