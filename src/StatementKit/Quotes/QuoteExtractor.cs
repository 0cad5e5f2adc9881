using StatementKit.Data;
using StatementKit.Documents;
using StatementKit.Pipeline;
using StatementKit.Quotes.Reported;
using StatementKit.Speakers;
using StatementKit.Text;

namespace StatementKit.Quotes;

/// <summary>
/// The built-in rules, the default <see cref="IStatementProposer"/>: pairs quote marks, classifies each quotation as a direct quote (with the
/// attribution next to it), a quote embedded in reported speech, or no statement at all (scare quotes, titles,
/// nicknames, author bios); adds dash quotes and reported speech. Its direct quotes have exact boundaries (their
/// marks, dash or label). Thread-safe.
/// </summary>
internal sealed class QuoteExtractor : IStatementProposer
{
    /// <summary>The rules' proposer name.</summary>
    public const string RulesName = "rules";

    private const int MinUnattributedWords = 4;
    private const int MinStandaloneEmbeddedWords = 6;
    private const int MaxAttributionAdjunctWords = 8;

    private readonly StatementKitData data;
    private readonly AdjacentAttributionFinder adjacent;
    private readonly DashQuoteScanner dashes;
    private readonly ReportedSpeechScanner reported;
    private readonly BioShapeDetector bios;
    private readonly LabelledLineScanner labelled;
    private readonly bool calibrate;

    /// <param name="data">The lexicons and models.</param>
    /// <param name="calibrate">Whether the statement model rescores candidates (off only to train that model).</param>
    public QuoteExtractor(StatementKitData data, bool calibrate = true)
    {
        this.data = data;
        this.calibrate = calibrate;
        var cues = new CueMatcher(data);
        var phrases = new SpeakerPhraseReader(data);
        adjacent = new AdjacentAttributionFinder(cues, phrases);
        dashes = new DashQuoteScanner(adjacent);
        reported = new ReportedSpeechScanner(cues, phrases);
        bios = new BioShapeDetector(data);
        labelled = new LabelledLineScanner(data, phrases);
        CueSpeakers = new CueSpeakerReader(cues, phrases);
    }

    /// <summary>These rules' reading of a speaker from a cue, for statements another proposer finds (the accurate mode).</summary>
    internal CueSpeakerReader CueSpeakers { get; }

    public string Name => RulesName;

    public StatementProposal Propose(AnalysisDocument document, CancellationToken cancellationToken) =>
        new() { Proposer = RulesName, Statements = Extract(document, cancellationToken) };

    public IReadOnlyList<QuoteCandidate> Extract(AnalysisDocument document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var reader = new TokenReader(document.Text, document.Tokens);
        var raw = QuoteMarkScanner.Scan(document.Text, document.Paragraphs, cancellationToken);

        var candidates = new List<QuoteCandidate>();
        var embedded = new List<RawQuote>();
        var nested = new List<RawQuote>();
        foreach (var quote in raw)
        {
            if (quote.Depth > 0)
            {
                nested.Add(quote);
            }
            else if (bios.IsBio(document.Text.AsSpan(quote.Content.Start, quote.Content.Length)))
            {
                continue; // a quoted author bio is nobody's statement
            }
            else if (ClassifyTopLevel(document, reader, quote) is { } direct)
            {
                candidates.Add(direct);
            }
            else if (!IsNameOrTitle(document, reader, quote))
            {
                embedded.Add(quote);
            }
        }

        dashes.Scan(document, reader, candidates);
        var directSet = new SpanSet(candidates.Select(c => c.Span));
        var reportedStart = candidates.Count;
        reported.Scan(document, reader, directSet, new SpanSet(embedded.Select(e => e.Span)), candidates, cancellationToken);
        labelled.Scan(document, reader, directSet, candidates);

        AddUnabsorbedEmbedded(document, embedded, candidates, reportedStart);
        var directs = candidates.Take(reportedStart).Where(c => c.Kind == StatementKind.Direct).OrderBy(c => c.Content.Start).ToList();
        foreach (var quote in nested)
        {
            var outer = SortedSearch.LastStartingAtOrBefore(directs, quote.Span.Start, static c => c.Content.Start);
            if (outer >= 0 && directs[outer].Content.Contains(quote.Span.Start) && WordCount(document.Text, quote.Content) >= 2)
            {
                candidates.Add(Nested(document, reader, quote, directs[outer]));
            }
        }

        // Statements inside page chrome ("Read also" and the headline it links) are nobody's words.
        var chrome = new SpanSet(ChromeParagraphs.Spans(document, data));
        candidates.RemoveAll(c => chrome.Contains(c.Span.Start));

        // A last guard for untrusted input: a rule that ever produced an empty or inverted span must not take the
        // analysis down with it.
        candidates.RemoveAll(c => c.Content.Length <= 0 || c.Content.Start < 0 || c.Content.End > document.Text.Length);
        JoinInterruptedQuotes(document.Text, candidates);
        candidates.Sort(static (a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : a.Content.CompareTo(b.Content));
        var unique = Deduplicate(candidates);
        return calibrate && !data.StatementModel.IsEmpty ? Calibrate(document, reader, unique) : unique.ConvertAll(c => Stamped(c, c.Confidence));
    }

    /// <summary>The candidate as these rules propose it: named, and with exact boundaries when it is a direct quote.</summary>
    private static QuoteCandidate Stamped(QuoteCandidate candidate, double confidence) =>
        candidate with { Confidence = confidence, Proposer = RulesName, HasExactBoundaries = candidate.Kind == StatementKind.Direct };

    /// <summary>
    /// The statement model turns each rule's fixed confidence into a probability that the candidate is a statement an
    /// annotator would mark, and leaves out the reported-speech candidates below its threshold (where keeping them costs
    /// more precision than it gains recall). Direct quotes are only rescored, never left out: quoted words are kept
    /// even where an annotated corpus would not count them (a quote inside a quote, an unattributed continuation),
    /// and their low probability says so.
    /// </summary>
    private List<QuoteCandidate> Calibrate(AnalysisDocument document, in TokenReader reader, List<QuoteCandidate> candidates)
    {
        var model = data.StatementModel;
        var kept = new List<QuoteCandidate>(candidates.Count);
        foreach (var candidate in candidates)
        {
            var scorer = model.NewScorer();
            StatementFeatures.Extract(document, reader, candidate, data, ref scorer);
            if (candidate.Kind == StatementKind.Direct || scorer.Probability >= model.Threshold)
            {
                kept.Add(Stamped(candidate, Math.Round(scorer.Probability, 2)));
            }
        }

        return kept;
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

        var words = WordCount(text, quote.Content);
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

    /// <summary>
    /// A quote inside a quote is its own statement; the attribution next to it inside the outer quote names its
    /// speaker (“They will say: ‘…’” is said by "they"), never the outer quote's.
    /// </summary>
    private QuoteCandidate Nested(AnalysisDocument document, in TokenReader reader, RawQuote quote, QuoteCandidate outer)
    {
        var floor = document.TokenIndexAtOrAfter(outer.Content.Start);
        var limit = document.TokenIndexAtOrAfter(outer.Content.End);
        var attribution = adjacent.Before(reader, document.TokenIndexAtOrAfter(quote.Span.Start), floor)
            ?? (quote.Closed ? adjacent.After(reader, document.TokenIndexAtOrAfter(quote.Span.End), limit) : null);
        return new QuoteCandidate
        {
            Kind = StatementKind.Direct,
            Content = quote.Content,
            Span = quote.Span,
            Cue = attribution?.Cue,
            SpeakerMention = attribution?.Speaker,
            Confidence = attribution is null ? 0.35 : 0.6,
            IsNested = true,
        };
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

    /// <summary>
    /// A quote split by its attribution, <c>“We are open,” she said, “and will stay open.”</c> or <c>“We are open,” she
    /// said. “We will stay open.”</c>, is one utterance: the two quotes become one statement whose content runs across
    /// the attribution (as annotated corpora such as PolNeAR count it).
    /// </summary>
    private static void JoinInterruptedQuotes(string text, List<QuoteCandidate> candidates)
    {
        candidates.Sort(static (a, b) => a.Span.Start.CompareTo(b.Span.Start));
        for (var i = candidates.Count - 2; i >= 0; i--)
        {
            var first = candidates[i];
            if (first is not { Kind: StatementKind.Direct, IsNested: false, SpeakerMention: { } mention, Cue: { } cue }
                || text[first.Content.End - 1] != ',' || mention.Start < first.Span.End)
            {
                continue;
            }

            var j = i + 1;
            while (j < candidates.Count && candidates[j].Span.Start < mention.End)
            {
                j++; // reported-speech candidates starting inside the attribution
            }

            if (j >= candidates.Count || candidates[j] is not { Kind: StatementKind.Direct, IsNested: false } second
                || second.SpeakerMention is { } own && own != mention
                || !OnlyAttributionBetween(text, first.Span.End, second.Span.Start, cue, mention))
            {
                continue;
            }

            candidates[i] = first with
            {
                Content = TextSpan.FromBounds(first.Content.Start, second.Content.End),
                Span = TextSpan.FromBounds(first.Span.Start, second.Span.End),
                Parts = [.. PartsOf(first), .. PartsOf(second)],
            };
            candidates.RemoveAt(j);
        }
    }

    private static IReadOnlyList<TextSpan> PartsOf(QuoteCandidate candidate) => candidate.Parts.Count > 0 ? candidate.Parts : [candidate.Content];

    /// <summary>
    /// Whether only the attribution lies between two quotes: the cue, the speaker phrase, punctuation, and a short
    /// adjunct of the attribution ("during Saturday's debate").
    /// </summary>
    private static bool OnlyAttributionBetween(string text, int from, int to, TextSpan cue, TextSpan mention)
    {
        var otherWords = 0;
        var inWord = false;
        for (var k = from; k < to; k++)
        {
            // A line break or another quotation (a mark not inside a word) means more than an attribution.
            var startsQuote = Characters.IsQuoteMark(text[k]) && !(k > from && char.IsLetter(text[k - 1]));
            if (Characters.IsLineBreak(text[k]) || startsQuote)
            {
                return false;
            }

            var outside = char.IsLetterOrDigit(text[k]) && !cue.Contains(k) && !mention.Contains(k);
            if (outside && !inWord && ++otherWords > MaxAttributionAdjunctWords)
            {
                return false;
            }

            inWord = outside;
        }

        return true;
    }

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

    /// <summary>Quotes inside sentences that no reported clause took in: kept, with low confidence, when long.</summary>
    private static void AddUnabsorbedEmbedded(AnalysisDocument document, List<RawQuote> embedded, List<QuoteCandidate> candidates, int reportedStart)
    {
        var reportedContents = new SpanSet(candidates.Skip(reportedStart).Select(c => c.Content));
        foreach (var quote in embedded)
        {
            var absorbed = reportedContents.Contains(quote.Span.Start) || reportedContents.Contains(quote.Span.End - 1);
            if (!absorbed && WordCount(document.Text, quote.Content) >= MinStandaloneEmbeddedWords)
            {
                candidates.Add(new QuoteCandidate
                {
                    Kind = StatementKind.Partial,
                    Content = quote.Content,
                    Span = quote.Span,
                    Confidence = 0.3,
                });
            }
        }
    }

    private static List<QuoteCandidate> Deduplicate(List<QuoteCandidate> sorted)
    {
        var result = new List<QuoteCandidate>(sorted.Count);
        foreach (var candidate in sorted)
        {
            if (result.Count > 0 && result[^1].Content == candidate.Content && result[^1].Kind == candidate.Kind)
            {
                continue;
            }

            result.Add(candidate);
        }

        return result;
    }

    private static bool EndsLikeSentence(string text, TextSpan content)
    {
        var last = text[content.End - 1];
        return Characters.IsSentenceTerminal(last) || last == ',';
    }

    internal static int WordCount(string text, TextSpan span)
    {
        var count = 0;
        var inWord = false;
        for (var i = span.Start; i < span.End; i++)
        {
            var isWord = Characters.IsWordChar(text[i]);
            if (isWord && !inWord)
            {
                count++;
            }

            inWord = isWord;
        }

        return count;
    }
}
