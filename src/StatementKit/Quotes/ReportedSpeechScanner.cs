using StatementKit.Data;
using StatementKit.Pipeline;
using StatementKit.Speakers;
using StatementKit.Text;

namespace StatementKit.Quotes;

/// <summary>
/// Finds indirect (reported) speech sentence by sentence: <c>X said/noted/believes … that …</c>, <c>According to X, …</c>,
/// a trailing or parenthetical attribution (<c>…, LRT reports.</c>, <c>The point, he argued, is …</c>), <c>…, adding
/// that …</c>, and a colon that introduces a list (<c>He also highlighted two points:</c>). A reported clause holding
/// verbatim words in quote marks is a partial quote.
/// </summary>
internal sealed class ReportedSpeechScanner
{
    private const int MaxThatDistance = 10;
    private const int MaxAccordingPhrase = 20;
    private const int MaxClauseTokens = 160;
    private const int MaxColonDistance = 5;
    private const int MaxTrailingSpeakerTokens = 12;
    private const int MinBareClauseWords = 3;
    private const int MaxIntroductoryTokens = 8;
    private const int MaxPossessivePhrase = 4;
    private const double LearnedCueConfidence = 0.7;
    private const int MaxParenthesisTokens = 8;

    private static readonly HashSet<string> NoBareClauseStart = new(StringComparer.OrdinalIgnoreCase)
    {
        "to", "in", "on", "at", "for", "with", "about", "by", "from", "during", "after", "before", "this", "so", "nothing",
        "something", "anything", "up", "out", "back", "off", "goodbye", "hello", "yes", "no", "thanks", "sorry", "much",
        "little", "more", "of", "into", "over", "through", "as", "again", "also", "later", "last", "earlier", "recently",
        "publicly", "repeatedly", "otherwise", "anew", "here", "there", "when", "while",
        "since", "until", "via", "without", "against", "under", "among", "between", "and", "or", "but", "its",
    };

    /// <summary>Words that open an adjunct after a verb's object: "at a rally", "during the debate", "after the vote".</summary>
    private static readonly HashSet<string> ObjectAdjunctOpeners = new(StringComparer.OrdinalIgnoreCase)
    {
        "at", "during", "after", "before", "while", "when", "because", "since", "until", "amid", "following",
        "despite", "but", "yet", "who", "which", "whom", "where", "although", "though", "if", "unless", "via",
    };

    /// <summary>Words that open an adjunct or addressee after a trailing attribution's verb ("said on Thursday").</summary>
    private static readonly HashSet<string> TrailingAdjunctOpeners = new(StringComparer.OrdinalIgnoreCase)
    {
        "on", "in", "at", "during", "after", "before", "while", "to", "for", "from", "with", "last", "this", "earlier",
        "late", "early", "via", "through", "reporters", "journalists",
    };

    private static readonly HashSet<string> PassiveAuxiliaries = new(StringComparer.OrdinalIgnoreCase)
    {
        "was", "were", "been", "being", "is", "are", "be", "get", "got",
    };

    private readonly CueMatcher cues;
    private readonly SpeakerPhraseReader phrases;

    public ReportedSpeechScanner(CueMatcher cues, SpeakerPhraseReader phrases)
    {
        this.cues = cues;
        this.phrases = phrases;
    }

    /// <param name="document">The document.</param>
    /// <param name="reader">Its tokens.</param>
    /// <param name="masks">Spans of direct quotes: reported clauses stop before them and never start inside.</param>
    /// <param name="quotesInside">Spans of quotes inside sentences: a clause holding one is partial.</param>
    /// <param name="output">Where candidates go.</param>
    /// <param name="cancellationToken">Cancels long documents.</param>
    public void Scan(AnalysisDocument document, in TokenReader reader, SpanSet masks, SpanSet quotesInside,
        List<QuoteCandidate> output, CancellationToken cancellationToken)
    {
        for (var s = 0; s < document.Sentences.Count; s++)
        {
            if ((s & 0xFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var sentence = document.Sentences[s];
            var first = document.TokenIndexAtOrAfter(sentence.Start);
            var limit = document.TokenIndexAtOrAfter(sentence.End);
            var context = new SentenceContext(document, reader, sentence, first, limit, masks, quotesInside);
            for (var k = first; k < limit; k++)
            {
                if (masks.Contains(reader[k].Start) || quotesInside.Contains(reader[k].Start))
                {
                    continue;
                }

                if (reader.Is(k, "according") && reader.Is(k + 1, "to"))
                {
                    AccordingTo(context, k, output);
                    continue;
                }

                if (cues.MatchVerb(reader, k, out var last) is { } cue)
                {
                    if (cue.Class != CueClass.Manner)
                    {
                        CueVerbClause(context, k, last, cue, output);
                    }

                    k = last;
                }
                else if (cues.MatchLearned(reader, k) is { } learned)
                {
                    // A learnt cue is less certain than a listed one: its statements say so in their confidence.
                    var before = output.Count;
                    CueVerbClause(context, k, k, learned, output);
                    for (var i = before; i < output.Count; i++)
                    {
                        output[i] = output[i] with { Confidence = Math.Round(output[i].Confidence * LearnedCueConfidence, 2) };
                    }
                }
            }
        }
    }

    private void AccordingTo(in SentenceContext context, int k, List<QuoteCandidate> output)
    {
        var reader = context.Reader;
        var cue = reader.Span(k, k + 1);
        var comma = -1;
        for (var j = k + 2; j < context.Limit && j < k + 2 + MaxAccordingPhrase; j++)
        {
            if (reader.IsChar(j, ','))
            {
                comma = j;
                break;
            }

            if (reader.IsPunctuation(j) && !reader.IsChar(j, '\'') && !reader.IsChar(j, '’'))
            {
                break;
            }
        }

        if (comma > k + 2)
        {
            // "According to X, clause."
            var speaker = reader.Span(k + 2, comma - 1);
            Emit(context, comma + 1, context.Limit, cue, speaker, 0.8, output);
        }
        else if (k > context.First + 1)
        {
            // "Clause, according to X." (the comma is often left out)
            var end = LastWordBefore(context, Math.Min(context.Limit, k + 2 + MaxAccordingPhrase));
            var contentEnd = reader.IsChar(k - 1, ',') ? k - 2 : k - 1;
            var contentStart = Math.Max(ReportedClauseStart(context, k), k - MaxClauseTokens);
            if (end > k + 1 && contentEnd >= contentStart)
            {
                var content = TextSpan.FromBounds(reader[contentStart].Start, reader[contentEnd].End);
                AddCandidate(context, content, cue, reader.Span(k + 2, end), 0.75, output);
            }
        }
    }

    private void CueVerbClause(in SentenceContext context, int verb, int last, CueVerb cue, List<QuoteCandidate> output)
    {
        var reader = context.Reader;
        var cueSpan = reader.Span(verb, last);
        var verbStart = SkipModifiersBack(context, verb, out var passive);
        if (IsSubordinateMarker(reader, verbStart - 1))
        {
            AskedQuestion(context, last + 1, cueSpan, output);
            return;
        }

        if (passive && !reader.Chars(verb).EndsWith("ing", StringComparison.OrdinalIgnoreCase) || reader.Is(last + 1, "by"))
        {
            return; // "was asked", "it was known that", "was reported by": the subject is not the speaker
        }

        if (last + 1 < context.Limit && reader[last + 1].IsWord && IsModal(reader.Chars(last + 1)))
        {
            return; // "member states can provide": a plural noun, not the verb "states"
        }

        var next = last + 1;
        var endsClause = next >= context.Limit || IsTerminal(reader, next) || reader.IsChar(next, ',');

        // Trailing or parenthetical attribution after a comma: "…, LRT reports." / "The point, he argued, is …" /
        // "…, a source close to him said." The speaker is whatever stands between the comma and the verb.
        var parenthetical = next < context.Limit && reader.IsChar(next, ',') && !IsPrepositionAt(reader, next + 1);
        if (endsClause && PhraseAfterComma(context, verbStart) is { } between && (parenthetical || !IsIntroductoryPhrase(context, between.First - 1)))
        {
            Trailing(context, between.First - 1, next, cueSpan, reader.Span(between.First, between.Last), output);
            return;
        }

        // "…, EgyptAir said on Thursday." / "…, a spokesman told The Wall Street Journal.": only an adjunct or the
        // addressee stands between the verb and the sentence end.
        if (!endsClause && cue.Class == CueClass.Speech && OnlyAdjunctToEnd(context, next) && PhraseAfterComma(context, verbStart) is { } before
            && phrases.ReadBackward(reader, verbStart, before.First) is { } closest && closest.First == before.First
            && !OpensSubordinateClause(reader, context.First))
        {
            Trailing(context, before.First - 1, context.Limit, cueSpan, reader.Span(before.First, before.Last), output);
            return;
        }

        // Inverted: "…, said Steve Bell, senior director." / "…, says Vik." (never a verb that takes its object as the
        // content: "Berg, appearing in Oslo, cited problems in the region" has no inversion)
        if (reader.IsChar(verbStart - 1, ',') && cue is { Class: CueClass.Speech, Complement: not CueComplement.Object } && phrases.ReadForward(reader, next, context.Limit) is { } after
            && (after.Last + 1 >= context.Limit || reader.IsPunctuation(after.Last + 1)) && phrases.IsPlausibleSpeaker(reader, after.First, after.Last))
        {
            Trailing(context, verbStart - 1, after.Last + 1, cueSpan, reader.Span(after.First, after.Last), output);
            return;
        }

        var gerund = reader.Chars(verb).EndsWith("ing", StringComparison.OrdinalIgnoreCase);
        TextSpan? speaker = null;
        if (!gerund)
        {
            if (phrases.ReadSubject(reader, verbStart, context.First) is not { } subject || cue.Class == CueClass.Evidence && !IsDeterminedPhrase(reader, subject))
            {
                return;
            }

            speaker = reader.Span(subject.First, subject.Last);
        }
        else if (!reader.IsChar(verb - 1, ','))
        {
            return; // "the saying goes": only ", adding that …" reports speech
        }
        else if (phrases.ReadSentenceHead(reader, context.First, verb - 1) is { } head)
        {
            speaker = reader.Span(head.First, head.Last); // "She wrote to supporters, saying that …"
        }

        var that = FindThat(context, next, "that");
        if (that >= 0)
        {
            Emit(context, that + 1, context.Limit, cueSpan, speaker, cue.Class == CueClass.Speech ? 0.8 : 0.7, output);
            return;
        }

        // "told the envoy what Norway thinks": an indirect question after the object.
        var question = cue.NeedsThat ? FindThat(context, next, "what", "how", "whether", "why") : -1;
        if (question >= 0)
        {
            Emit(context, question, context.Limit, cueSpan, speaker, 0.6, output);
            return;
        }

        // "The campaign declined to comment", "She vowed to fight on": the infinitive is what was said or intended.
        if (cue.TakesInfinitive && reader.Is(next, "to") && next + 1 < context.Limit && reader.IsLowerWord(next + 1)
            && !WordClasses.IsDeterminer(reader.Chars(next + 1)))
        {
            Emit(context, next, context.Limit, cueSpan, speaker, 0.5, output);
            return;
        }

        var colon = FindColon(context, next);
        if (colon >= 0)
        {
            if (colon + 1 >= context.Limit && ListAfter(context) is { } list)
            {
                AddCandidate(context, list, cueSpan, speaker, 0.6, output);
            }
            else
            {
                Emit(context, colon + 1, context.Limit, cueSpan, speaker, 0.6, output);
            }

            return;
        }

        // "Berg endorsed Dahl on Friday", "She praised the plan": the object is what the verb reports.
        if (cue.Complement == CueComplement.Object && !gerund && next < context.Limit && reader[next].IsWord && !NoBareClauseStart.GetAlternateLookup<ReadOnlySpan<char>>().Contains(reader.Chars(next))
            && !WordClasses.IsTimeWord(reader.Chars(next)))
        {
            EmitObject(context, next, cueSpan, speaker, output);
            return;
        }

        if (next + MinBareClauseWords - 1 < context.Limit && reader[next].IsWord && (!NoBareClauseStart.GetAlternateLookup<ReadOnlySpan<char>>().Contains(reader.Chars(next)) || OpensFiniteClause(reader, next, context.Limit))
            && !WordClasses.IsTimeWord(reader.Chars(next)) && (!cue.NeedsThat || context.QuotesInside.AnyWithin(TextSpan.FromBounds(reader[next].Start, context.Sentence.End))))
        {
            Emit(context, next, context.Limit, cueSpan, speaker, cue.Class == CueClass.Speech ? 0.6 : 0.5, output);
        }
    }

    /// <summary>
    /// "said there was …", "say this is …", "says its policy is …": a word that opens no clause on its own does when a
    /// finite auxiliary follows it or the short noun phrase it determines.
    /// </summary>
    private static bool OpensFiniteClause(in TokenReader reader, int start, int limit)
    {
        var possessive = reader.Is(start, "its");
        if (!possessive && !reader.Is(start, "there") && !reader.Is(start, "this"))
        {
            return false;
        }

        for (var j = start + 1; j < limit && j <= start + (possessive ? MaxPossessivePhrase : 1); j++)
        {
            if (!reader[j].IsWord)
            {
                return false;
            }

            if (IsFiniteAuxiliary(reader.Chars(j)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsFiniteAuxiliary(ReadOnlySpan<char> word) =>
        word is "is" or "was" or "are" or "were" or "has" or "had" or "have" or "will" or "would" or "can" or "could" or "should"
            or "may" or "might" or "must" or "does" or "did" or "do";

    /// <summary>Steps back over adverbs, auxiliaries and time phrases between a subject and its verb ("said on Tuesday" too).</summary>
    private static int SkipModifiersBack(in SentenceContext context, int verb, out bool passive)
    {
        var reader = context.Reader;
        var start = verb;
        passive = false;
        while (start - 1 >= context.First && reader[start - 1].IsWord)
        {
            var word = reader.Chars(start - 1);
            if (WordClasses.IsVerbModifier(word))
            {
                passive |= PassiveAuxiliaries.GetAlternateLookup<ReadOnlySpan<char>>().Contains(reader.Chars(start - 1));
                start--;
            }
            else if (WordClasses.IsTimeWord(word))
            {
                start--;
                if (reader.Is(start - 1, "on") || reader.Is(start - 1, "last") || reader.Is(start - 1, "this") || reader.Is(start - 1, "early") || reader.Is(start - 1, "late"))
                {
                    start--;
                }
            }
            else
            {
                break;
            }
        }

        return start;
    }

    /// <summary>
    /// Whether the tokens from <paramref name="from"/> to the sentence end are a short adjunct or addressee ("on
    /// Thursday", "in an interview with CNN", "Monday", "reporters", "The Wall Street Journal") and no new clause.
    /// </summary>
    private bool OnlyAdjunctToEnd(in SentenceContext context, int from)
    {
        var reader = context.Reader;
        if (from >= context.Limit || !reader[from].IsWord || context.Limit - from > MaxTrailingSpeakerTokens + 2)
        {
            return false;
        }

        // "to" opens an addressee ("to reporters", "to The Times"), not an infinitive ("declined to comment").
        var opens = TrailingAdjunctOpeners.GetAlternateLookup<ReadOnlySpan<char>>().Contains(reader.Chars(from)) && !(reader.Is(from, "to") && reader.IsLowerWord(from + 1) && !reader.Is(from + 1, "reporters"))
            || WordClasses.IsTimeWord(reader.Chars(from))
            || reader.IsCapitalised(from) && !WordClasses.IsNonNameCapitalised(reader.Chars(from));
        if (!opens)
        {
            return false;
        }

        for (var j = from; j < context.Limit; j++)
        {
            if (reader[j].IsWord && (reader.Is(j, "that") || IsFiniteAuxiliary(reader.Chars(j)) || cues.MatchVerb(reader, j, out _) is not null)
                || reader.IsPunctuation(j) && !IsTerminal(reader, j) && !phrases.IsAbbreviationDot(reader, j) && !reader.IsChar(j, '\'') && !reader.IsChar(j, '’'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"Though he trails …, X said on Monday": a sentence opening with a subordinator or adverbial reports nothing before its comma.</summary>
    private static bool OpensSubordinateClause(in TokenReader reader, int first) =>
        reader[first].IsWord && (NoBareClauseStart.GetAlternateLookup<ReadOnlySpan<char>>().Contains(reader.Chars(first)) || WordClasses.IsClauseWord(reader.Chars(first))
            || reader.Is(first, "still") || reader.Is(first, "nonetheless") || reader.Is(first, "despite") || reader.Is(first, "although"));

    private static bool IsSubordinateMarker(in TokenReader reader, int index) =>
        reader.Is(index, "when") || reader.Is(index, "if") || reader.Is(index, "once") || reader.Is(index, "after");

    /// <summary>
    /// "When asked why, Berg said …", "when asked by a reporter if that remains his view": the question is what the
    /// clause reports, from its question word to the comma; the one asked is the subject of the main clause after it.
    /// </summary>
    private void AskedQuestion(in SentenceContext context, int from, TextSpan cue, List<QuoteCandidate> output)
    {
        var reader = context.Reader;
        var question = -1;
        for (var j = from; j < context.Limit && j < from + MaxThatDistance; j++)
        {
            if (reader.IsPunctuation(j) && !phrases.IsAbbreviationDot(reader, j))
            {
                break;
            }

            if (IsQuestionOpener(reader, j))
            {
                question = j;
                break;
            }
        }

        if (question < 0)
        {
            return;
        }

        var comma = -1;
        for (var j = question + 1; j < context.Limit && j < question + MaxClauseTokens; j++)
        {
            if (reader.IsChar(j, ','))
            {
                comma = j;
                break;
            }

            if (reader.IsPunctuation(j) && !phrases.IsAbbreviationDot(reader, j) && !reader.IsChar(j, '\'') && !reader.IsChar(j, '’'))
            {
                break;
            }
        }

        if (comma < 0)
        {
            return;
        }

        var asked = phrases.ReadSentenceHead(reader, comma + 1, context.Limit) is { } head && head.First == comma + 1 ? reader.Span(head.First, head.Last) : (TextSpan?)null;
        AddCandidate(context, reader.Span(question, comma - 1), cue, asked, 0.5, output);
    }

    private static bool IsQuestionOpener(in TokenReader reader, int index) =>
        reader.Is(index, "if") || reader.Is(index, "whether") || reader.Is(index, "why") || reader.Is(index, "how") || reader.Is(index, "what")
        || reader.Is(index, "which") || reader.Is(index, "who") || reader.Is(index, "when") || reader.Is(index, "where") || reader.Is(index, "about");

    /// <summary>"A new poll", "surveys": evidence comes from a determined or plural phrase, not a bare word ("Experience shows").</summary>
    private static bool IsDeterminedPhrase(in TokenReader reader, (int First, int Last) phrase) =>
        WordClasses.IsDeterminer(reader.Chars(phrase.First)) || phrase.Last > phrase.First || reader.Chars(phrase.Last).EndsWith('s');

    /// <summary>The words between the nearest comma before the verb and the verb, when they can name a speaker.</summary>
    private (int First, int Last)? PhraseAfterComma(in SentenceContext context, int verbStart)
    {
        var reader = context.Reader;
        for (var j = verbStart - 1; j > context.First && j >= verbStart - MaxTrailingSpeakerTokens; j--)
        {
            // The comma may stand inside a closing quote: "… ''looked ashen,'' Mr. Arad said".
            // (Only for a quote inside the clause: a direct quote's attribution belongs to the quote.)
            var comma = reader.IsChar(j, ',') || IsClosingQuote(reader, j) && !context.Masks.Contains(reader[j].Start)
                && (reader.IsChar(j - 1, ',') || IsClosingQuote(reader, j - 1) && reader.IsChar(j - 2, ','));
            if (comma)
            {
                return j + 1 < verbStart && phrases.IsPlausibleSpeaker(reader, j + 1, verbStart - 1) ? (j + 1, verbStart - 1) : null;
            }

            if (IsTerminal(reader, j) && !reader.IsChar(j, '.') || IsClosingQuote(reader, j) || reader.IsChar(j, ':') || reader.IsChar(j, ';')
                || cues.MatchVerb(reader, j, out _) is not null)
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>A short verbless phrase up to the sentence end ("executive director of the Alzheimer's Association.").</summary>
    private bool IsApposition(in SentenceContext context, int from)
    {
        var reader = context.Reader;
        if (context.Limit - from > MaxTrailingSpeakerTokens)
        {
            return false;
        }

        for (var j = from; j < context.Limit; j++)
        {
            if (reader[j].IsWord && (WordClasses.IsClauseWord(reader.Chars(j)) && !reader.Is(j, "by") && !reader.Is(j, "at") || cues.MatchVerb(reader, j, out _) is not null))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"In the conversation, Vik highlighted …": a short adverbial opening the sentence is no reported clause.</summary>
    private static bool IsIntroductoryPhrase(in SentenceContext context, int comma)
    {
        var reader = context.Reader;
        return comma - context.First <= MaxIntroductoryTokens && reader[context.First].IsWord && NoBareClauseStart.GetAlternateLookup<ReadOnlySpan<char>>().Contains(reader.Chars(context.First));
    }

    /// <summary>
    /// Where the clause that ends at <paramref name="end"/> begins: after the last colon or semicolon before it, else
    /// after an introductory phrase that opens the sentence ("In June, …", "Entering the final contests, …"), else at
    /// the sentence start.
    /// </summary>
    private static int ReportedClauseStart(in SentenceContext context, int end)
    {
        var reader = context.Reader;
        for (var j = end - 1; j > context.First && j >= end - MaxClauseTokens; j--)
        {
            if ((reader.IsChar(j, ':') || reader.IsChar(j, ';')) && !context.Masks.Contains(reader[j].Start))
            {
                return j + 1;
            }
        }

        var opensWithAdjunct = reader[context.First].IsWord
            && (NoBareClauseStart.GetAlternateLookup<ReadOnlySpan<char>>().Contains(reader.Chars(context.First)) || reader.Chars(context.First).EndsWith("ing", StringComparison.OrdinalIgnoreCase));
        for (var j = context.First + 1; opensWithAdjunct && j < end && j <= context.First + MaxIntroductoryTokens; j++)
        {
            if (reader.IsChar(j, ','))
            {
                return j + 1;
            }
        }

        return context.First;
    }

    /// <summary>Emits the clause around a trailing or parenthetical attribution that spans tokens [comma, resume).</summary>
    private void Trailing(in SentenceContext context, int comma, int resume, TextSpan cue, TextSpan speaker, List<QuoteCandidate> output)
    {
        var reader = context.Reader;
        // "…, he said, on condition of anonymity" or "…, said X, executive director of Y.": what follows the
        // attribution is an adjunct or an apposition, not more reported speech.
        // "In the end, Vik said, voters will decide.": after an introductory phrase the reported clause is what follows.
        var introduced = reader.IsChar(resume, ',') && resume + 1 < context.Limit && IsIntroductoryPhrase(context, comma);
        var trailing = !introduced && (resume >= context.Limit || IsTerminal(reader, resume)
            || reader.IsChar(resume, ',') && (IsPrepositionAt(reader, resume + 1) || IsApposition(context, resume + 1)));
        var end = trailing ? comma - 1 : LastWordBefore(context, Math.Min(context.Limit, resume + MaxClauseTokens));
        var start = introduced ? resume + 1 : Math.Max(ReportedClauseStart(context, comma), comma - MaxClauseTokens);
        while (start < end && context.Masks.Contains(reader[start].Start))
        {
            start++;
        }

        if (end >= start && !context.Masks.Contains(reader[end].Start))
        {
            AddCandidate(context, TextSpan.FromBounds(reader[start].Start, reader[end].End), cue, speaker, 0.7, output);
        }
    }

    /// <summary>Index of a word opening the reported clause ("that"), skipping a short object or adverbial; -1 if none.</summary>
    private int FindThat(in SentenceContext context, int from, params ReadOnlySpan<string> openers)
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

            if (IsTerminal(reader, j) || reader.IsChar(j, ':') || reader.IsChar(j, ';') || context.Masks.Contains(reader[j].Start)
                || cues.MatchVerb(reader, j, out _) is not null || reader.IsChar(j, '“') || reader.IsChar(j, '"'))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>Index of a colon closing a short object ("highlighted two points:"); -1 if none.</summary>
    private static int FindColon(in SentenceContext context, int from)
    {
        var reader = context.Reader;
        for (var j = from; j < context.Limit && j < from + MaxColonDistance; j++)
        {
            if (reader.IsChar(j, ':'))
            {
                return j;
            }

            if (!reader[j].IsWord)
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>Emits the clause from token <paramref name="start"/> to the sentence end, stopping before a direct quote.</summary>
    private void Emit(in SentenceContext context, int start, int limit, TextSpan cue, TextSpan? speaker, double confidence, List<QuoteCandidate> output)
    {
        var reader = context.Reader;
        if (start >= limit || context.Masks.Contains(reader[start].Start))
        {
            return;
        }

        var end = start;
        for (var j = start; j < limit && j < start + MaxClauseTokens && !context.Masks.Contains(reader[j].Start); j++)
        {
            // A semicolon or a spaced dash ends the reported clause: what follows is the writer's again.
            if (j > start && (reader.IsChar(j, ';') || IsSpacedDash(reader, j) || reader.IsChar(j, ',') && (reader.Is(j + 1, "but") || IsParticipleClause(reader, j + 1) || IsTrailingAttribution(context, j + 1))))
            {
                break;
            }

            end = j;
        }

        while (end > start && reader.IsPunctuation(end) && !IsClosingQuote(reader, end) && !reader.IsChar(end, ')'))
        {
            end--;
        }

        if (end - start < 1)
        {
            return;
        }

        AddCandidate(context, reader.Span(start, end), cue, speaker, confidence, output);
    }

    /// <summary>
    /// Emits a verb's object up to the end of its clause, leaving out adjuncts of time, place and circumstance that
    /// follow it ("endorsed Dahl at a rally on Friday" reports "Dahl").
    /// </summary>
    private void EmitObject(in SentenceContext context, int start, TextSpan cue, TextSpan? speaker, List<QuoteCandidate> output)
    {
        var reader = context.Reader;
        var end = -1;
        for (var j = start; j < context.Limit && j < start + MaxClauseTokens && !context.Masks.Contains(reader[j].Start); j++)
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
        while (end > start && (reader.IsPunctuation(end) && !IsClosingQuote(reader, end) || reader.IsLowerWord(end) && NoBareClauseStart.GetAlternateLookup<ReadOnlySpan<char>>().Contains(reader.Chars(end))))
        {
            end--;
        }

        if (end >= start)
        {
            AddCandidate(context, reader.Span(start, end), cue, speaker, 0.6, output);
        }
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
            return !(IsClosingQuote(reader, j) || reader.IsChar(j, '“') || reader.IsChar(j, '‘') || reader.IsChar(j, '-') || reader.IsChar(j, '\'')
                || phrases.IsAbbreviationDot(reader, j));
        }

        var word = reader.Chars(j);
        if (WordClasses.IsTimeWord(word) || ObjectAdjunctOpeners.GetAlternateLookup<ReadOnlySpan<char>>().Contains(reader.Chars(j)))
        {
            return true;
        }

        // "on Friday", "in November", "in 2015", "last week", "in early June": a time adjunct.
        var after = reader.Is(j + 1, "the") || reader.Is(j + 1, "early") || reader.Is(j + 1, "late") || reader.Is(j + 1, "mid") ? j + 2 : j + 1;
        return (reader.Is(j, "on") || reader.Is(j, "in") || reader.Is(j, "this") || reader.Is(j, "last") || reader.Is(j, "next") || reader.Is(j, "earlier")
                || reader.Is(j, "early") || reader.Is(j, "late")) && IsTimeAt(reader, after)
            || (reader.Is(j - 1, "and") || reader.Is(j - 1, "but")) && cues.MatchVerb(reader, j, out _) is not null;
    }

    private static bool IsTimeAt(in TokenReader reader, int index) =>
        index < reader.Count && (reader[index].Kind == TokenKind.Number
            || reader[index].IsWord && (WordClasses.IsTimeWord(reader.Chars(index)) || WordClasses.IsMonth(reader.Chars(index))));

    private static void AddCandidate(in SentenceContext context, TextSpan content, TextSpan cue, TextSpan? speaker, double confidence, List<QuoteCandidate> output)
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

    /// <summary>The list items (lines opening with a bullet or hyphen) that follow the sentence's paragraph.</summary>
    private static TextSpan? ListAfter(in SentenceContext context)
    {
        var document = context.Document;
        var p = document.ParagraphIndexAt(context.Sentence.Start);
        var start = -1;
        var end = -1;
        for (var q = p + 1; q < document.Paragraphs.Count; q++)
        {
            var item = document.Paragraphs[q];
            if (document.Text[item.Start] is not ('-' or '•' or '*' or '·' or '▪'))
            {
                break;
            }

            var textStart = item.Start + 1;
            while (textStart < item.End && char.IsWhiteSpace(document.Text[textStart]))
            {
                textStart++;
            }

            start = start < 0 ? textStart : start;
            end = item.End;
        }

        return start >= 0 && end > start ? TextSpan.FromBounds(start, end) : null;
    }

    private static int LastWordBefore(in SentenceContext context, int limit)
    {
        for (var j = limit - 1; j >= context.First; j--)
        {
            if (!context.Reader.IsPunctuation(j))
            {
                return j;
            }
        }

        return -1;
    }

    private static bool IsTerminal(in TokenReader reader, int index) =>
        reader.IsPunctuation(index) && Characters.IsSentenceTerminal(reader.Text[reader[index].Start]);

    private static bool IsClosingQuote(in TokenReader reader, int index) =>
        reader.IsPunctuation(index) && reader.Text[reader[index].Start] is '”' or '"' or '’' or '»' or '“';

    /// <summary>"…, TASS reported." / "…, officials said.": a short phrase and a cue verb closing the sentence.</summary>
    private bool IsTrailingAttribution(in SentenceContext context, int from)
    {
        var reader = context.Reader;
        for (var j = from + 1; j < context.Limit && j <= from + MaxTrailingSpeakerTokens; j++)
        {
            if (cues.MatchVerb(reader, j, out var last) is { Class: CueClass.Speech })
            {
                return last + 1 >= context.Limit || IsTerminal(reader, last + 1);
            }

            if (reader.IsPunctuation(j) && !phrases.IsAbbreviationDot(reader, j))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>", referring to …", ", citing …": a participle clause of the writer's after the reported one.</summary>
    private static bool IsParticipleClause(in TokenReader reader, int index) =>
        reader.IsLowerWord(index) && reader[index].Length > 5 && reader.Chars(index).EndsWith("ing", StringComparison.Ordinal);

    private static bool IsSpacedDash(in TokenReader reader, int index) =>
        reader.IsDash(index) && reader[index].Start > 0 && char.IsWhiteSpace(reader.Text[reader[index].Start - 1]);

    private static bool IsModal(ReadOnlySpan<char> word) =>
        word is "can" or "could" or "will" or "would" or "should" or "may" or "might" or "must" or "have" or "are" or "were" or "do" or "did";

    private static bool IsPrepositionAt(in TokenReader reader, int index) =>
        reader.IsLowerWord(index) && NoBareClauseStart.GetAlternateLookup<ReadOnlySpan<char>>().Contains(reader.Chars(index));

    private readonly record struct SentenceContext(AnalysisDocument Document, TokenReader Reader, TextSpan Sentence, int First, int Limit,
        SpanSet Masks, SpanSet QuotesInside);
}
