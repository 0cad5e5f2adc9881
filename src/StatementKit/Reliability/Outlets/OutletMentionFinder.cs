using StatementKit.Data;
using StatementKit.Pipeline;
using StatementKit.Text;

namespace StatementKit.Reliability.Outlets;

/// <summary>
/// The outlets an article gives as its sources: every outlet reference (<see cref="OutletNameFinder"/>) whose place
/// makes it a venue or relay (<see cref="OutletRoleReader"/>), source lines ("Source: Xinhua", "[Source attribution:
/// RIA News]") and wire datelines ("MOSCOW (TASS) —"), and outlets outside the lists named with a media word in a
/// sourcing place ("the Christian News Service reported"). A chart or photo credit is no source, nor is the page's own
/// publisher.
/// </summary>
internal static class OutletMentionFinder
{
    private const int MaxUnknownOutletWords = 6;
    private const int CaptionMaxWords = 8;

    public static IReadOnlyList<OutletMention> Find(AnalysisDocument document, IReadOnlyList<Statement> statements, StatementKitData data, CancellationToken cancellationToken)
    {
        var reader = new TokenReader(document.Text, document.Tokens);
        var references = new OutletNameFinder(reader, data).Find(cancellationToken);
        var roles = new OutletRoleReader(reader, data, statements);
        var publisher = Publisher(document.Metadata, data);
        var found = new List<OutletMention>();
        var taken = new List<(int First, int Last)>();
        foreach (var reference in references)
        {
            var role = SourceLineRole(document, reader, reference.First) ?? roles.RoleOf(reference.First, reference.Last);
            taken.Add((reference.First, reference.Last));
            if (role is not { } sourceRole || IsCredit(document, reader, reference.First) || IsPublisher(reference, publisher, document.Metadata))
            {
                continue;
            }

            found.Add(new OutletMention(Display(reference.Name ?? document.Slice(reference.NameSpan)), reference.NameSpan, sourceRole, reference.Outlet,
                reference.IsStateControlled, reference.Outlet?.Country ?? reference.Country ?? string.Empty));
        }

        AddUnknownOutlets(document, reader, data, roles, taken, publisher, found);
        found.Sort(static (a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return found;
    }

    /// <summary>The page's own publisher: the caller's or the page's name for it, else its web domain.</summary>
    private static NewsOutlet? Publisher(ArticleMetadata metadata, StatementKitData data)
    {
        if (data.Outlets.Resolve(metadata.Publisher ?? metadata.SiteName) is { } named)
        {
            return named;
        }

        var host = metadata.Url?.Host;
        return host is null ? null : data.Outlets.Resolve(host);
    }

    private static bool IsPublisher(OutletReference reference, NewsOutlet? publisher, ArticleMetadata metadata) =>
        publisher is not null && reference.Outlet is not null && string.Equals(reference.Outlet.Name, publisher.Name, StringComparison.Ordinal)
        || reference.Name is not null && (string.Equals(Display(reference.Name), Display(metadata.Publisher ?? metadata.SiteName ?? string.Empty), StringComparison.OrdinalIgnoreCase));

    /// <summary>The name without a leading "the" and a possessive ending, as chains show it.</summary>
    private static string Display(string name)
    {
        var trimmed = name.Trim();
        if (trimmed.StartsWith("the ", StringComparison.OrdinalIgnoreCase))
        {
            trimmed = trimmed[4..];
        }

        return WordClasses.HasPossessiveEnding(trimmed) ? trimmed[..^2] : trimmed;
    }

    /// <summary>
    /// Relay when the reference stands in a source line ("Source: Xinhua", "Sources: …", "[Source attribution: …]")
    /// or a wire dateline ("MOSCOW (TASS) —"); null when it stands in neither.
    /// </summary>
    private static OutletRole? SourceLineRole(AnalysisDocument document, in TokenReader reader, int first)
    {
        var paragraph = document.ParagraphIndexAt(reader[first].Start);
        var start = document.TokenIndexAtOrAfter(document.Paragraphs[paragraph].Start);
        for (var k = first - 1; k >= start && first - k <= 4; k--)
        {
            if (reader.IsChar(k, ':') && (reader.Is(k - 1, "source") || reader.Is(k - 1, "sources") || reader.Is(k - 1, "attribution")))
            {
                return OutletRole.Relay;
            }
        }

        // "MOSCOW, March 3 (TASS) –": a wire credit in parentheses before a dash, early in the article.
        var closing = first + 1;
        while (closing < reader.Count && closing - first < 8 && !reader.IsChar(closing, ')') && !reader.IsPunctuation(closing))
        {
            closing++;
        }

        return paragraph < 3 && reader.IsChar(first - 1, '(') && reader.IsChar(closing, ')') && reader.IsDash(closing + 1) ? OutletRole.Relay : null;
    }

    /// <summary>
    /// A credit, not a source: a "Source:"/"Photo:" line under a chart, photo or caption (a short line without a
    /// sentence end before it), or a credit such as "Photo: Reuters" or "(Photo by …/AFP)".
    /// </summary>
    private static bool IsCredit(AnalysisDocument document, in TokenReader reader, int first)
    {
        var paragraph = document.ParagraphIndexAt(reader[first].Start);
        var start = document.TokenIndexAtOrAfter(document.Paragraphs[paragraph].Start);
        for (var k = first - 1; k >= start && first - k <= 6; k--)
        {
            if (reader.Is(k, "photo") || reader.Is(k, "photos") || reader.Is(k, "picture") || reader.Is(k, "image") || reader.Is(k, "images")
                || reader.Is(k, "credit") || reader.Is(k, "credits") || reader.Is(k, "graphic") || reader.Is(k, "chart") || reader.Is(k, "map")
                || reader.Is(k, "illustration") || reader.Is(k, "video") || reader.Is(k, "footage") && reader.IsChar(k + 1, ':'))
            {
                return true;
            }
        }

        // A "Source:" line that opens its paragraph is the article's source unless it sits under a caption.
        var opensLine = reader.Is(start, "source") || reader.Is(start, "sources");
        if (!opensLine || paragraph == 0)
        {
            return false;
        }

        var previous = document.Paragraphs[paragraph - 1];
        var text = document.Text.AsSpan(previous.Start, previous.Length).TrimEnd();
        var words = text.Count(' ') + 1;
        var endsSentence = text.Length > 0 && text[^1] is '.' or '!' or '?' or '”' or '"' or '’';
        return words <= CaptionMaxWords || !endsSentence;
    }

    /// <summary>Outlets outside the lists: a capitalised name holding a media word ("Christian News Service") in a sourcing place.</summary>
    private static void AddUnknownOutlets(AnalysisDocument document, in TokenReader reader, StatementKitData data, OutletRoleReader roles,
        List<(int First, int Last)> taken, NewsOutlet? publisher, List<OutletMention> found)
    {
        var mediaWords = data.MediaWords.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var i = 0; i < reader.Count; i++)
        {
            if (!reader.IsCapitalised(i) || (i > 0 && reader.IsCapitalised(i - 1)))
            {
                continue;
            }

            var last = i;
            var media = mediaWords.Contains(reader.Chars(i));
            while (last + 1 < reader.Count && last + 1 - i < MaxUnknownOutletWords && reader.IsCapitalised(last + 1) && !reader.BreakBetween(last, last + 1))
            {
                last++;
                media |= mediaWords.Contains(reader.Chars(last));
            }

            if (Overlaps(taken, i, last))
            {
                i = last;
                continue;
            }

            // A media word makes a name an outlet only when it ends it ("… News Service", "Yahoo News"), never a person or
            // an office ("Dr.", "NYPD Commissioner …").
            // One generic word ("Report", "Times", "TV") names no outlet; "… Agency" is an outlet only as a news or press agency.
            var agency = reader.Is(last, "agency") && !(reader.Is(last - 1, "news") || reader.Is(last - 1, "press"));
            if (!media || last == i || agency || !mediaWords.Contains(reader.Chars(last)) && !mediaWords.Contains(reader.Chars(i)) || data.Titles.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(reader.Chars(i)))
            {
                i = last;
                continue;
            }

            var first = reader.Is(i - 1, "the") ? i - 1 : i;
            var role = SourceLineRole(document, reader, i) ?? roles.RoleOf(first, last);
            if (role is { } sourceRole && !IsCredit(document, reader, i))
            {
                var span = reader.Span(i, last);
                var name = Display(document.Slice(span));
                if (publisher is null || !string.Equals(name, Display(publisher.Name), StringComparison.OrdinalIgnoreCase))
                {
                    if (!string.Equals(name, Display(document.Metadata.Publisher ?? document.Metadata.SiteName ?? string.Empty), StringComparison.OrdinalIgnoreCase))
                    {
                        found.Add(new OutletMention(name, span, sourceRole, null, false, string.Empty));
                    }
                }
            }

            i = last;
        }
    }

    /// <summary>Whether a recognised reference overlaps tokens <paramref name="first"/>..<paramref name="last"/> (a loop, not a closure per name).</summary>
    private static bool Overlaps(List<(int First, int Last)> taken, int first, int last)
    {
        foreach (var (takenFirst, takenLast) in taken)
        {
            if (takenFirst <= last && first <= takenLast)
            {
                return true;
            }
        }

        return false;
    }
}
