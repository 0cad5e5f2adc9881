using System.Globalization;
using System.Net;
using System.Text;
using StatementKit.Reliability;

namespace StatementKit;

/// <summary>
/// Renders an analysed article as safe HTML for review: each paragraph of <see cref="ArticleAnalysis.Text"/> a
/// <c>&lt;p&gt;</c>, statements, cues, speaker mentions and flag evidence marked with <c>&lt;mark&gt;</c> elements and
/// classes to style (<c>sk-statement sk-direct</c>, <c>sk-cue</c>, <c>sk-speaker</c>, <c>sk-flag sk-warning</c>) and
/// <c>data-</c> attributes that index <see cref="ArticleAnalysis.Statements"/> and the flags. Every character of the
/// article and of every name or message is HTML-encoded, so a hostile article cannot inject markup or script; marks
/// that overlap are split so that the output is always well nested.
/// </summary>
public static class AnalysisHtml
{
    /// <summary>The article as an HTML fragment: one <c>&lt;article class="sk-article"&gt;</c> element.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="analysis"/> is null.</exception>
    public static string Render(ArticleAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var text = analysis.Text;
        var marks = Marks(analysis);
        var events = new List<(int Position, int Mark)>(marks.Count * 2);
        for (var i = 0; i < marks.Count; i++)
        {
            events.Add((marks[i].Start, i));
            events.Add((marks[i].End, i));
        }

        events.Sort(static (a, b) => a.Position.CompareTo(b.Position));
        var html = new StringBuilder(text.Length * 2 + 64);
        html.Append("<article class=\"sk-article\">\n");
        var active = new SortedSet<int>();
        var next = 0;
        foreach (var paragraph in Paragraphs(text))
        {
            html.Append("<p>");
            var position = paragraph.Start;
            while (position < paragraph.End)
            {
                while (next < events.Count && events[next].Position <= position)
                {
                    var (at, mark) = events[next++];
                    if (at == marks[mark].Start && at < marks[mark].End)
                    {
                        active.Add(mark);
                    }
                    else
                    {
                        active.Remove(mark);
                    }
                }

                var end = next < events.Count ? Math.Min(events[next].Position, paragraph.End) : paragraph.End;
                foreach (var mark in active)
                {
                    html.Append(marks[mark].OpenTag);
                }

                html.Append(WebUtility.HtmlEncode(text[position..end]));
                for (var i = 0; i < active.Count; i++)
                {
                    html.Append("</mark>");
                }

                position = end;
            }

            html.Append("</p>\n");
        }

        html.Append("</article>\n");
        return html.ToString();
    }

    private static List<Mark> Marks(ArticleAnalysis analysis)
    {
        var marks = new List<Mark>();
        for (var i = 0; i < analysis.Statements.Count; i++)
        {
            var statement = analysis.Statements[i];
            var speaker = statement.Speaker is { } s ? $"{s.Name} ({s.Method.ToString().ToLowerInvariant()})" : "speaker unknown";
            var kind = statement.Kind.ToString().ToLowerInvariant();
            Add(marks, statement.Content.Span, string.Create(CultureInfo.InvariantCulture,
                $"<mark class=\"sk-statement sk-{kind}\" data-statement=\"{i}\" title=\"{Encode($"{kind}: {speaker}, confidence {statement.Confidence:0.00}")}\">"));
            if (statement.Cue is { } cue)
            {
                Add(marks, cue.Span, string.Create(CultureInfo.InvariantCulture, $"<mark class=\"sk-cue\" data-statement=\"{i}\">"));
            }

            if (statement.Speaker?.Mention is { } mention)
            {
                Add(marks, mention.Span, string.Create(CultureInfo.InvariantCulture,
                    $"<mark class=\"sk-speaker\" data-statement=\"{i}\" title=\"{Encode(statement.Speaker.Name)}\">"));
            }
        }

        var flags = analysis.Reliability.Flags;
        for (var f = 0; f < flags.Count; f++)
        {
            var severity = flags[f].Severity switch
            {
                FlagSeverity.Critical => "critical",
                FlagSeverity.Warning => "warning",
                _ => "info",
            };
            foreach (var evidence in flags[f].Evidence)
            {
                Add(marks, evidence.Span, string.Create(CultureInfo.InvariantCulture,
                    $"<mark class=\"sk-flag sk-{severity}\" data-flag=\"{f}\" data-code=\"{Encode(flags[f].Code)}\" title=\"{Encode(flags[f].Message)}\">"));
            }
        }

        return marks;

        void Add(List<Mark> list, TextSpan span, string openTag)
        {
            var start = Math.Clamp(span.Start, 0, analysis.Text.Length);
            var end = Math.Clamp(span.End, start, analysis.Text.Length);
            if (end > start)
            {
                list.Add(new Mark(start, end, openTag));
            }
        }
    }

    /// <summary>The text's lines that hold more than white space.</summary>
    private static IEnumerable<TextSpan> Paragraphs(string text)
    {
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || text[i] is '\n' or '\r')
            {
                if (!string.IsNullOrWhiteSpace(text[start..i]))
                {
                    yield return TextSpan.FromBounds(start, i);
                }

                start = i + 1;
            }
        }
    }

    private static string Encode(string value) => WebUtility.HtmlEncode(value);

    private readonly record struct Mark(int Start, int End, string OpenTag);
}
