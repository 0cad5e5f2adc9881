using StatementKit.Data;
using StatementKit.Pipeline;
using StatementKit.Quotes.Scanning;
using StatementKit.Text;

namespace StatementKit.Quotes;

/// <summary>
/// Speech introduced by a speaker label and a colon at the start of a sentence: interview transcripts
/// (<c>Q: …</c>, <c>A: …</c>, <c>WALLACE: …</c>), where the turn runs until the next label, and headline-style claims
/// (<c>Berg: Taxes will not rise.</c>), where it is one sentence.
/// </summary>
internal sealed class LabelledLineScanner : IQuoteScanner
{
    private const int MaxLabelTokens = 5;
    private const int MinContentWords = 2;
    private readonly StatementKitData data;
    private readonly SpeakerPhraseReader phrases;

    public LabelledLineScanner(StatementKitData data, SpeakerPhraseReader phrases)
    {
        this.data = data;
        this.phrases = phrases;
    }

    public void Scan(QuoteScan scan) => Scan(scan.Document, scan.Reader, scan.DirectSpans, scan.Candidates);

    /// <param name="document">The document.</param>
    /// <param name="reader">Its tokens.</param>
    /// <param name="taken">Spans already holding a statement (direct quotes): a label before one is left to them.</param>
    /// <param name="output">Where candidates go.</param>
    public void Scan(AnalysisDocument document, in TokenReader reader, SpanSet taken, List<QuoteCandidate> output)
    {
        var sentences = document.Sentences;
        for (var s = 0; s < sentences.Count; s++)
        {
            var first = document.TokenIndexAtOrAfter(sentences[s].Start);
            var limit = document.TokenIndexAtOrAfter(sentences[s].End);
            // A headline-style label ("Berg: …") opens a paragraph; a transcript label may open any sentence.
            if (Label(reader, first, limit) is not { } label || taken.Contains(reader[label.Colon + 1].Start)
                || !label.Transcript && document.Paragraphs[document.ParagraphIndexAt(sentences[s].Start)].Start != sentences[s].Start)
            {
                continue;
            }

            // A transcript turn runs on over the sentences of its paragraph until the next label.
            var end = sentences[s].End;
            if (label.Transcript)
            {
                var paragraph = document.ParagraphIndexAt(sentences[s].Start);
                while (s + 1 < sentences.Count && document.ParagraphIndexAt(sentences[s + 1].Start) == paragraph
                    && Label(reader, document.TokenIndexAtOrAfter(sentences[s + 1].Start), document.TokenIndexAtOrAfter(sentences[s + 1].End)) is null)
                {
                    s++;
                    end = sentences[s].End;
                }
            }

            var contentStart = reader[label.Colon + 1].Start;
            var contentEnd = TrimEnd(document.Text, contentStart, end);
            if (contentEnd <= contentStart || Scanning.Words.Count(document.Text, TextSpan.FromBounds(contentStart, contentEnd)) < MinContentWords)
            {
                continue;
            }

            var content = TextSpan.FromBounds(contentStart, contentEnd);
            output.Add(new QuoteCandidate
            {
                Kind = Characters.HasQuotation(document.Text.AsSpan(content.Start, content.Length)) ? StatementKind.Partial : StatementKind.Indirect,
                Content = content,
                Span = TextSpan.FromBounds(reader[first].Start, contentEnd),
                Cue = reader[label.Colon].Span,
                SpeakerMention = reader.Span(first, label.Colon - 1),
                Confidence = label.Transcript ? 0.6 : 0.5,
            });
        }
    }

    /// <summary>
    /// A label of up to five tokens and a colon opening the sentence: "Q", "A", ALL CAPS words, or a capitalised name
    /// ("Bernie Sanders", "Former AG Mukasey at RNC"); the colon must be followed by text.
    /// </summary>
    private (int Colon, bool Transcript)? Label(in TokenReader reader, int first, int limit)
    {
        var colon = -1;
        for (var k = first; k < limit && k <= first + MaxLabelTokens; k++)
        {
            if (reader.IsChar(k, ':'))
            {
                colon = k;
                break;
            }

            if (!(reader[k].IsWord && (reader.IsCapitalised(k) || k > first && reader.Is(k, "at") || k > first && reader.Is(k, "of")) || phrases.IsAbbreviationDot(reader, k)))
            {
                return null;
            }
        }

        if (colon <= first || colon + MinContentWords >= limit || !reader[colon + 1].IsWord && !reader.IsPunctuation(colon + 1)
            || reader[colon].End == reader[colon + 1].Start || HasNonSpeakerWord(reader, first, colon))
        {
            return null; // "10:30", "http://…": no space after the colon; "Editor's Note:", "Photo:": no speaker
        }

        var transcript = colon == first + 1 && (reader[first].Length == 1 || reader.IsAllCaps(first))
            || AllCaps(reader, first, colon);
        if (!transcript && (WordClasses.IsNonNameCapitalised(reader.Chars(first)) || !phrases.IsPlausibleSpeaker(reader, first, colon - 1)))
        {
            return null;
        }

        return (colon, transcript);
    }

    private bool HasNonSpeakerWord(in TokenReader reader, int first, int colon)
    {
        var lookup = data.NonSpeakerLabels.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var k = first; k < colon; k++)
        {
            if (reader[k].IsWord && lookup.Contains(reader.Chars(k)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool AllCaps(in TokenReader reader, int first, int colon)
    {
        for (var k = first; k < colon; k++)
        {
            if (!reader.IsAllCaps(k))
            {
                return false;
            }
        }

        return true;
    }

    private static int TrimEnd(string text, int start, int end)
    {
        while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is '.' or ';' or ','))
        {
            end--;
        }

        return end;
    }
}
