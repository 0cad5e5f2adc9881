using System.Text;

namespace StatementKit.Documents;

/// <summary>
/// Writes page text as paragraphs: white space runs collapse to one space, no line starts or ends with a space, blocks
/// are separated by one empty line, control characters are dropped. Each character written from a text node is
/// recorded in <see cref="SourceMap.Segment"/>s, so that every span of the result maps back to the page.
/// </summary>
internal sealed class TextSink
{
    private readonly StringBuilder builder;
    private readonly List<SourceMap.Segment> segments = [];
    private bool pendingBreak;

    public TextSink(int capacity) => builder = new StringBuilder(capacity);

    public int Length => builder.Length;

    /// <summary>Where the next paragraph's text will start.</summary>
    public int NextParagraphStart => builder.Length == 0 ? 0 : pendingBreak ? builder.Length + 2 : builder.Length;

    public IReadOnlyList<SourceMap.Segment> Segments => segments;

    public void Append(string data, int element, int textNode)
    {
        for (var i = 0; i < data.Length; i++)
        {
            var c = data[i];
            if (char.IsWhiteSpace(c))
            {
                if (builder.Length == 0 || pendingBreak || builder[^1] == ' ')
                {
                    continue;
                }

                c = ' ';
            }
            else if (char.IsControl(c))
            {
                continue;
            }
            else if (pendingBreak)
            {
                if (builder.Length > 0)
                {
                    builder.Append("\n\n");
                }

                pendingBreak = false;
            }

            Record(element, textNode, i);
            builder.Append(c);
        }
    }

    /// <summary>Ends the current paragraph, if any text was written since the last break.</summary>
    public void Break()
    {
        if (builder.Length > 0 && builder[^1] == ' ')
        {
            builder.Length--;
            var last = segments[^1];
            segments[^1] = last with { Length = last.Length - 1 };
            if (segments[^1].Length == 0)
            {
                segments.RemoveAt(segments.Count - 1);
            }
        }

        pendingBreak = builder.Length > 0;
    }

    /// <summary>The text written so far, and a fresh start.</summary>
    public string TakeText()
    {
        var text = builder.ToString();
        builder.Clear();
        segments.Clear();
        pendingBreak = false;
        return text;
    }

    public override string ToString() => builder.ToString();

    private void Record(int element, int textNode, int offset)
    {
        var position = builder.Length;
        if (segments.Count > 0)
        {
            var last = segments[^1];
            if (last.Element == element && last.TextNode == textNode && last.TextStart + last.Length == position && last.NodeOffset + last.Length == offset)
            {
                segments[^1] = last with { Length = last.Length + 1 };
                return;
            }
        }

        segments.Add(new SourceMap.Segment(position, 1, element, textNode, offset));
    }
}
