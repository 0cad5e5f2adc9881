using StatementKit.Pipeline;
using StatementKit.Quotes.Scanning;
using StatementKit.Text;

namespace StatementKit.Quotes;

/// <summary>
/// Scandinavian and European quotation dashes: a paragraph that opens with "–" or "—" is speech, usually closed by an
/// attribution after its last comma (<c>– One way to contribute …, says Vik.</c>). A dash paragraph with no
/// attribution is still speech; its speaker is found by continuation.
/// </summary>
internal sealed class DashQuoteScanner : IQuoteScanner
{
    private const int MinWords = 3;
    private const int MaxCommasTried = 6;
    private readonly AdjacentAttributionFinder attributions;

    public DashQuoteScanner(AdjacentAttributionFinder attributions) => this.attributions = attributions;

    public void Scan(QuoteScan scan) => Scan(scan.Document, scan.Reader, scan.Candidates);

    public void Scan(AnalysisDocument document, in TokenReader reader, List<QuoteCandidate> output)
    {
        var text = document.Text;
        foreach (var paragraph in document.Paragraphs)
        {
            if (!Characters.IsDash(text[paragraph.Start]) || paragraph.Length < 3 || !char.IsWhiteSpace(text[paragraph.Start + 1]))
            {
                continue;
            }

            var first = document.TokenIndexAtOrAfter(paragraph.Start + 1);
            var limit = document.TokenIndexAtOrAfter(paragraph.End);
            if (limit - first < MinWords)
            {
                continue;
            }

            var contentStart = reader[first].Start;
            var contentEnd = TrimEnd(text, contentStart, paragraph.End);
            TextSpan? cue = null;
            TextSpan? speaker = null;
            var tried = 0;
            for (var k = limit - 1; k > first && tried < MaxCommasTried; k--)
            {
                if (!reader.IsChar(k, ','))
                {
                    continue;
                }

                tried++;
                if (attributions.After(reader, k, limit) is { } found && OnlyPunctuationAfter(reader, document.TokenIndexAtOrAfter(found.Speaker.End), limit)
                    && found.Cue.End <= paragraph.End)
                {
                    cue = found.Cue;
                    speaker = found.Speaker;
                    contentEnd = TrimEnd(text, contentStart, reader[k].Start);
                    break;
                }
            }

            if (contentEnd <= contentStart)
            {
                continue;
            }

            output.Add(new QuoteCandidate
            {
                Kind = StatementKind.Direct,
                Content = TextSpan.FromBounds(contentStart, contentEnd),
                Span = paragraph,
                Cue = cue,
                SpeakerMention = speaker,
                Confidence = speaker is null ? 0.6 : 0.85,
            });
        }
    }

    private static bool OnlyPunctuationAfter(in TokenReader reader, int from, int limit)
    {
        for (var i = from; i < limit; i++)
        {
            if (!reader.IsPunctuation(i))
            {
                return false;
            }
        }

        return true;
    }

    private static int TrimEnd(string text, int start, int end)
    {
        while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is ',' or ';'))
        {
            end--;
        }

        return end;
    }
}
