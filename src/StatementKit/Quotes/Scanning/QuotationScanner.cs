using StatementKit.Data;
using StatementKit.Pipeline;
using StatementKit.Documents;
using StatementKit.Text;

namespace StatementKit.Quotes.Scanning;

/// <summary>
/// Pairs quote marks and classifies each top-level quotation: a direct quote (with the attribution next to it), a
/// quote inside a sentence left to reported speech, or no statement at all (scare quotes, titles, nicknames, author
/// bios). Quotes inside quotes are set aside for <see cref="NestedQuoteScanner"/>.
/// </summary>
internal sealed class QuotationScanner(StatementKitData data, AdjacentAttributionFinder adjacent) : IQuoteScanner
{
    private const int MinUnattributedWords = 4;

    private readonly BioShapeDetector bios = new(data);

    public void Scan(QuoteScan scan)
    {
        var document = scan.Document;
        foreach (var quote in QuoteMarkScanner.Scan(document.Text, document.Paragraphs, scan.CancellationToken))
        {
            if (quote.Depth > 0)
            {
                scan.Nested.Add(quote);
            }
            else if (bios.IsBio(document.Text.AsSpan(quote.Content.Start, quote.Content.Length)))
            {
                continue; // a quoted author bio is nobody's statement
            }
            else if (ClassifyTopLevel(document, scan.Reader, quote) is { } direct)
            {
                scan.Candidates.Add(direct);
            }
            else if (!IsNameOrTitle(document, scan.Reader, quote))
            {
                scan.Embedded.Add(quote);
            }
        }
    }

    private QuoteCandidate? ClassifyTopLevel(AnalysisDocument document, in TokenReader reader, RawQuote quote)
    {
        var text = document.Text;
        var paragraphIndex = document.ParagraphIndexAt(quote.Span.Start);
        var paragraph = document.Paragraphs[paragraphIndex];
        var sentence = document.Sentences[document.SentenceIndexAt(quote.Span.Start)];
        var opener = document.TokenIndexAtOrAfter(quote.Span.Start);
        var after = document.TokenIndexAtOrAfter(quote.Span.End);
        var paragraphFirst = document.TokenIndexAtOrAfter(paragraph.Start);
        var paragraphLimit = document.TokenIndexAtOrAfter(paragraph.End);
        var floor = Math.Max(paragraphFirst, document.TokenIndexAtOrAfter(sentence.Start));

        var attribution = quote.Closed ? adjacent.After(reader, after, paragraphLimit) : null;
        attribution ??= adjacent.Before(reader, opener, floor);
        if (attribution is null && opener == paragraphFirst && paragraphIndex > 0)
        {
            // A lead-in that ends the previous paragraph with a colon: "Mr X said:" then the quote.
            var previous = document.Paragraphs[paragraphIndex - 1];
            var previousSentence = document.Sentences[document.SentenceIndexAt(previous.End - 1)];
            attribution = adjacent.Before(reader, paragraphFirst, document.TokenIndexAtOrAfter(previousSentence.Start));
        }

        var words = Words.Count(text, quote.Content);
        var startsUnit = opener == floor || reader.IsChar(opener - 1, ':') || reader.IsChar(opener - 1, ',')
            || reader.IsChar(opener - 1, '—') || reader.IsChar(opener - 1, '–');
        if (attribution is { } found && (startsUnit || words >= MinUnattributedWords))
        {
            return Direct(quote, found.Cue, found.Speaker, quote.Closed ? 0.9 : 0.5);
        }

        if (startsUnit && (words >= MinUnattributedWords || words >= 2 && EndsLikeSentence(text, quote.Content)))
        {
            return Direct(quote, null, null, quote.Closed ? 0.6 : 0.3);
        }

        return null;
    }

    private static QuoteCandidate Direct(RawQuote quote, TextSpan? cue, TextSpan? speaker, double confidence) => new()
    {
        Kind = StatementKind.Direct,
        Content = quote.Content,
        Span = quote.Span,
        Cue = cue,
        SpeakerMention = speaker,
        Confidence = confidence,
    };

    /// <summary>A quoted name, nickname or title: "goes by the name “Shorty”", "the film “Heat”".</summary>
    private bool IsNameOrTitle(AnalysisDocument document, in TokenReader reader, RawQuote quote)
    {
        var opener = document.TokenIndexAtOrAfter(quote.Span.Start);
        var previous = opener - 1;
        if (previous >= 0 && reader.Is(previous, "as") && reader.Is(previous - 1, "known"))
        {
            return true;
        }

        return previous >= 0 && reader[previous].IsWord && data.NamingCues.GetAlternateLookup<ReadOnlySpan<char>>().Contains(reader.Chars(previous));
    }

    private static bool EndsLikeSentence(string text, TextSpan content)
    {
        var last = text[content.End - 1];
        return Characters.IsSentenceTerminal(last) || last == ',';
    }
}
