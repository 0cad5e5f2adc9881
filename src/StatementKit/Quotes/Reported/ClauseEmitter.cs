using StatementKit.Data;
using StatementKit.Pipeline;
using StatementKit.Text;
using StatementKit.Text.Grammar;

namespace StatementKit.Quotes.Reported;

/// <summary>
/// Turns a reported clause into a candidate: where it ends (a semicolon, a spaced dash, a participle clause or a
/// trailing attribution of the writer's; a direct quote), what a verb's object covers, and whether verbatim words
/// inside make it partial. The one place the constructions emit through. Thread-safe.
/// </summary>
internal sealed class ClauseEmitter(CueMatcher cues, SpeakerPhraseReader phrases)
{
    private const int MaxThatDistance = 10;
    private const int MaxTrailingSpeakerTokens = 12;
    private const int MaxParenthesisTokens = 8;
    private const int MaxSubordinateClauseTokens = 40;
    private const int MaxModifiersBeforeVerb = 5;

    /// <summary>Emits the clause from token <paramref name="start"/> to the sentence end, stopping before a direct quote.</summary>
    public void Emit(in SentenceContext context, int start, int limit, TextSpan cue, TextSpan? speaker, double confidence, List<QuoteCandidate> output)
    {
        var reader = context.Reader;
        if (start >= limit || context.Masks.Contains(reader[start].Start))
        {
            return;
        }

        var embedded = IsEmbeddedCue(context, cue);
        var end = start;
        for (var j = start; j < limit && j < start + ClauseBounds.MaxClauseTokens && !context.Masks.Contains(reader[j].Start); j++)
        {
            // A semicolon or a spaced dash ends the reported clause: what follows is the writer's again; so does the
            // comma that closes the subordinate or relative clause the cue stands in, and the speaker's next verb.
            if (j > start && (reader.IsChar(j, ';') || ClauseGrammar.IsSpacedDash(reader, j)
                || reader.IsChar(j, ',') && (embedded || reader.Is(j + 1, "but") || ClauseGrammar.IsParticipleClause(reader, j + 1) || IsTrailingAttribution(context, j + 1))
                || IsCoordinatedCueVerb(reader, j)))
            {
                break;
            }

            end = j;
        }

        while (end > start && reader.IsPunctuation(end) && !ClauseGrammar.IsClosingQuote(reader, end) && !reader.IsChar(end, ')'))
        {
            end--;
        }

        if (end - start < 1)
        {
            return;
        }

        Add(context, reader.Span(start, end), cue, speaker, confidence, output);
    }

    /// <summary>
    /// Emits a verb's object up to the end of its clause, leaving out adjuncts of time, place and circumstance that
    /// follow it ("endorsed Dahl at a rally on Friday" reports "Dahl").
    /// </summary>
    public void EmitObject(in SentenceContext context, int start, TextSpan cue, TextSpan? speaker, List<QuoteCandidate> output)
    {
        var reader = context.Reader;
        var end = -1;
        for (var j = start; j < context.Limit && j < start + ClauseBounds.MaxClauseTokens && !context.Masks.Contains(reader[j].Start); j++)
        {
            // "the re-election of Rep. Anna Berg (R-Wis.)": a parenthesis belongs to the object.
            if (reader.IsChar(j, '(') && reader.ClosingParenthesis(j, context.Limit, MaxParenthesisTokens) is var close and >= 0)
            {
                end = j = close;
                continue;
            }

            if (j > start && IsObjectBoundary(context, j))
            {
                break;
            }

            end = j;
        }

        // "his series of tweets in [which …]", "Vik as [“a little desperate”]": a preposition left at the edge belongs to what follows.
        while (end > start && (reader.IsPunctuation(end) && !ClauseGrammar.IsClosingQuote(reader, end)
            || reader.IsLowerWord(end) && WordClasses.IsNoBareClauseStart(reader.Chars(end))))
        {
            end--;
        }

        if (end >= start)
        {
            Add(context, reader.Span(start, end), cue, speaker, 0.6, output);
        }
    }

    /// <summary>Adds a reported clause with its cue and speaker; partial when it holds verbatim words in quote marks.</summary>
    public static void Add(in SentenceContext context, TextSpan content, TextSpan cue, TextSpan? speaker, double confidence, List<QuoteCandidate> output)
    {
        var partial = context.QuotesInside.AnyWithin(content);
        var span = TextSpan.FromBounds(Math.Min(content.Start, Math.Min(cue.Start, speaker?.Start ?? int.MaxValue)),
            Math.Max(content.End, Math.Max(cue.End, speaker?.End ?? 0)));
        output.Add(new QuoteCandidate
        {
            Kind = partial ? StatementKind.Partial : StatementKind.Indirect,
            Content = content,
            Span = span,
            Cue = cue,
            SpeakerMention = speaker,
            Confidence = confidence,
        });
    }

    /// <summary>Index of a word opening the reported clause ("that"), skipping a short object or adverbial; -1 if none.</summary>
    public int FindThat(in SentenceContext context, int from, params ReadOnlySpan<string> openers)
    {
        var reader = context.Reader;
        for (var j = from; j < context.Limit && j < from + MaxThatDistance; j++)
        {
            foreach (var opener in openers)
            {
                if (reader.Is(j, opener))
                {
                    return j;
                }
            }

            if (ClauseGrammar.IsTerminal(reader, j) || reader.IsChar(j, ':') || reader.IsChar(j, ';') || context.Masks.Contains(reader[j].Start)
                || cues.MatchVerb(reader, j, out _) is not null || reader.IsChar(j, '“') || reader.IsChar(j, '"'))
            {
                return -1;
            }
        }

        return -1;
    }

    private bool IsObjectBoundary(in SentenceContext context, int j)
    {
        var reader = context.Reader;
        if (reader.IsChar(j, ',') && (reader.Is(j + 1, "and") || reader.Is(j + 1, "or")))
        {
            return false; // "for its contributions, and its aid to Ukraine": a list goes on
        }

        if (reader.IsPunctuation(j))
        {
            return !(ClauseGrammar.IsClosingQuote(reader, j) || reader.IsChar(j, '“') || reader.IsChar(j, '‘') || reader.IsChar(j, '-') || reader.IsChar(j, '\'')
                || phrases.IsAbbreviationDot(reader, j));
        }

        var word = reader.Chars(j);
        if (WordClasses.IsTimeWord(word) || WordClasses.IsObjectAdjunctOpener(word))
        {
            return true;
        }

        // "on Friday", "in November", "in 2015", "last week", "in early June": a time adjunct.
        var after = reader.Is(j + 1, "the") || reader.Is(j + 1, "early") || reader.Is(j + 1, "late") || reader.Is(j + 1, "mid") ? j + 2 : j + 1;
        return (reader.Is(j, "on") || reader.Is(j, "in") || reader.Is(j, "this") || reader.Is(j, "last") || reader.Is(j, "next") || reader.Is(j, "earlier")
                || reader.Is(j, "early") || reader.Is(j, "late")) && ClauseGrammar.IsTimeAt(reader, after)
            || (reader.Is(j - 1, "and") || reader.Is(j - 1, "but")) && cues.MatchVerb(reader, j, out _) is not null;
    }

    /// <summary>
    /// "… and said …", "… but told …": the speaker's next speech verb starts what they said next, not more of the
    /// first clause. A gerund ("and calling for …") is left out: it often goes on describing the same statement.
    /// </summary>
    private bool IsCoordinatedCueVerb(in TokenReader reader, int j) =>
        (reader.Is(j, "and") || reader.Is(j, "but")) && cues.MatchVerb(reader, j + 1, out _) is { Class: CueClass.Speech }
        && !ClauseGrammar.IsParticipleClause(reader, j + 1);

    /// <summary>
    /// Whether the cue stands in a clause that a comma closes: a subordinate clause opening the sentence ("Though Berg
    /// said taxes would rise, she …") or a relative clause on its subject ("Berg, who said taxes would rise, …").
    /// </summary>
    private static bool IsEmbeddedCue(in SentenceContext context, TextSpan cue)
    {
        var reader = context.Reader;
        var verb = Math.Clamp(context.Document.TokenIndexAtOrAfter(cue.Start), context.First, context.Limit);

        // Bounded, so that an endless sentence stays linear: a subordinate clause is read only near the sentence start.
        if (verb - context.First <= MaxSubordinateClauseTokens && reader[context.First].IsWord && WordClasses.IsFrontedSubordinator(reader.Chars(context.First)))
        {
            var comma = context.First + 1;
            while (comma < verb && !reader.IsChar(comma, ','))
            {
                comma++;
            }

            if (comma >= verb)
            {
                return true;
            }
        }

        var subject = verb - 1;
        while (subject > context.First && subject > verb - MaxModifiersBeforeVerb && reader[subject].IsWord && WordClasses.IsVerbModifier(reader.Chars(subject)))
        {
            subject--;
        }

        return subject > context.First && (reader.Is(subject, "who") || reader.Is(subject, "which")) && reader.IsChar(subject - 1, ',');
    }

    /// <summary>"…, TASS reported." / "…, officials said.": a short phrase and a cue verb closing the sentence.</summary>
    private bool IsTrailingAttribution(in SentenceContext context, int from)
    {
        var reader = context.Reader;
        for (var j = from + 1; j < context.Limit && j <= from + MaxTrailingSpeakerTokens; j++)
        {
            if (cues.MatchVerb(reader, j, out var last) is { Class: CueClass.Speech })
            {
                return last + 1 >= context.Limit || ClauseGrammar.IsTerminal(reader, last + 1);
            }

            if (reader.IsPunctuation(j) && !phrases.IsAbbreviationDot(reader, j))
            {
                return false;
            }
        }

        return false;
    }
}
