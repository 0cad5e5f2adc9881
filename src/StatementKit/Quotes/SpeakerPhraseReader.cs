using StatementKit.Data;
using StatementKit.Text;

namespace StatementKit.Quotes;

/// <summary>
/// Reads the noun phrase that names a speaker next to a cue: backwards from a verb ("the head of the Estonian
/// government said") or forwards after it ("said Mr Dahl"). A scanner over tokens, bounded in length; what one word or
/// a whole phrase is (a pronoun, an abbreviation's dot, a plausible speaker) is decided by <see cref="SpeakerPhraseWords"/>.
/// </summary>
internal sealed class SpeakerPhraseReader
{
    private const int MaxTokens = 14;
    private const int MaxIntroTokens = 12;
    private const int MaxHeadTokens = 8;
    private const int MaxClauseLookBack = 60;
    private readonly SpeakerPhraseWords words;

    public SpeakerPhraseReader(StatementKitData data) => words = new SpeakerPhraseWords(data);

    /// <summary>Whether the phrase can name a speaker: a pronoun, a name, a determined noun phrase or a group.</summary>
    public bool IsPlausibleSpeaker(in TokenReader reader, int first, int last) => words.IsPlausibleSpeaker(reader, first, last);

    /// <summary>Whether the phrase holds a title or role word ("foreign minister").</summary>
    public bool ContainsTitle(in TokenReader reader, int first, int last) => words.ContainsTitle(reader, first, last);

    /// <summary>Whether the word is a pronoun that can name a speaker (a subject form: "she", not "her").</summary>
    public bool IsPronoun(ReadOnlySpan<char> word) => words.IsPronoun(word);

    /// <summary>A dot right after an honorific or abbreviation ("Mr.", "Sen.", "Gov.") inside a name phrase.</summary>
    public bool IsAbbreviationDot(in TokenReader reader, int index) => words.IsAbbreviationDot(reader, index);

    /// <summary>Whether the token opens an adjunct of an attribution that may follow the speaker ("on Monday").</summary>
    public static bool StartsAdjunct(in TokenReader reader, int index) => SpeakerPhraseWords.StartsAdjunct(reader, index);

    /// <summary>The phrase ending right before <paramref name="end"/> (exclusive), not before <paramref name="floor"/>.</summary>
    public (int First, int Last)? ReadBackward(in TokenReader reader, int end, int floor)
    {
        var last = end - 1;
        var i = last;
        var apposition = false;
        // "Erik Dahl, NATO's chief, said": a comma right before the verb closes an apposition.
        if (i >= floor && reader.IsChar(i, ','))
        {
            apposition = true;
            i--;
            last = i;
        }

        var first = -1;
        var taken = 0;
        while (i >= floor && taken < MaxTokens)
        {
            if (reader.IsChar(i, ','))
            {
                // Keep going through "X, as well as Y" and through an apposition back to its head.
                var continues = first >= 0 && (SpeakerPhraseWords.StartsWithAsWellAs(reader, first) || apposition || SpeakerPhraseWords.IsNameList(reader, first, last) && reader.IsCapitalised(i - 1));
                if (!continues || i - 1 < floor || !reader[i - 1].IsWord)
                {
                    break;
                }

                apposition = false;
                i--;
                continue;
            }

            // "Sen. Ted Cruz (Tex.) has said": step over a short parenthesis after a name.
            if (reader.IsChar(i, ')') && first < 0 && SpeakerPhraseWords.SkipParenthesis(reader, i, floor) is var open and >= 0)
            {
                i = open - 1;
                last = i;
                continue;
            }

            // "Mr. Manafort", "Sen. Cruz": the dot of an abbreviation belongs to the phrase, and so does the ampersand of a
            // firm's name ("an analyst at Compass Point Research & Trading").
            if (words.IsAbbreviationDot(reader, i) || first >= 0 && reader.IsChar(i, '&') && reader.IsCapitalised(i - 1) && reader.IsCapitalised(i + 1))
            {
                i--;
                continue;
            }

            if (!reader[i].IsWord && !reader[i].Kind.Equals(TokenKind.Number))
            {
                break;
            }

            if (i >= 2 && reader.Is(i, "as") && reader.Is(i - 1, "well") && reader.Is(i - 2, "as") && first >= 0)
            {
                first = i - 2;
                i -= 3;
                taken += 3;
                continue;
            }

            var word = reader.Chars(i);
            if (words.IsPhraseBoundary(reader, i, word, first))
            {
                break;
            }

            first = i;
            taken++;
            i--;
            if (words.IsPronoun(word))
            {
                break;
            }
        }

        if (first < 0)
        {
            return null;
        }

        // A phrase never starts with a preposition or connective left over at its edge.
        while (first <= last && (reader.Is(first, "and") || reader.Is(first, "of") || reader.Is(first, "in") || reader.IsChar(first, ',')))
        {
            first++;
        }

        return first <= last ? (first, last) : null;
    }

    /// <summary>The phrase starting at <paramref name="start"/>, not past <paramref name="limit"/> (exclusive).</summary>
    public (int First, int Last)? ReadForward(in TokenReader reader, int start, int limit)
    {
        var last = -1;
        var named = false;
        for (var i = start; i < limit && i - start < MaxTokens; i++)
        {
            if (words.IsAbbreviationDot(reader, i) && i + 1 < limit && reader.IsCapitalised(i + 1))
            {
                continue;
            }

            if (!reader[i].IsWord)
            {
                break;
            }

            var word = reader.Chars(i);
            var isInner = reader.Is(i, "of") || reader.Is(i, "the") || reader.Is(i, "for") || reader.Is(i, "and")
                || SpeakerPhraseWords.IsLocativePreposition(reader, i) && i > start && (reader.IsCapitalised(i + 1) || reader.Is(i + 1, "the") && !named);

            // "said Mayor Jane Doe on Monday", "said Berg in an email": after a name, a preposition opens an adjunct of
            // the attribution, not part of the speaker phrase ("officials in the region" has no name yet, and goes on).
            if (named && !isInner && (SpeakerPhraseWords.IsLocativePreposition(reader, i) || reader.Is(i, "on") || reader.Is(i, "during")))
            {
                break;
            }

            if (!isInner && (WordClasses.IsClauseWord(word) && !words.IsPronoun(word)) || words.IsVerbUse(reader, i))
            {
                break;
            }

            named |= reader.IsCapitalised(i) && !WordClasses.IsNonNameCapitalised(word)
                && !words.IsTitleOrHonorific(word);

            if (words.IsPronoun(word) && i > start)
            {
                break;
            }

            last = i;
            if (words.IsPronoun(word))
            {
                break;
            }
        }

        while (last >= start && reader.IsLowerWord(last) && WordClasses.IsMannerAdverb(reader.Chars(last)))
        {
            last--;
        }

        while (last >= start && (reader.Is(last, "of") || reader.Is(last, "the") || reader.Is(last, "in") || reader.Is(last, "for") || reader.Is(last, "and")
            || reader.Is(last, "to") || reader.Is(last, "at") || reader.Is(last, "from") || reader.Is(last, "with")))
        {
            last--;
        }

        return last >= start ? (start, last) : null;
    }

    /// <summary>
    /// The subject of the verb starting at <paramref name="verbStart"/>: the phrase right before it, the antecedent of
    /// "who", the sentence's head for a coordinated verb ("… and said") or behind an apposition ("X, a lawyer who …, said").
    /// </summary>
    public (int First, int Last)? ReadSubject(in TokenReader reader, int verbStart, int floor)
    {
        if (DescribedSubject(reader, verbStart, floor) is { } described)
        {
            return described;
        }

        // Behind a comma the phrase must be a whole apposition ("Erik Dahl, NATO's chief, said"), not the tail of a
        // participle clause ("Vik, appearing after Berg at the forum, cited …" is said by Vik, not "Berg at the forum").
        if (ReadBackward(reader, verbStart, floor) is { } found && words.IsPlausibleSpeaker(reader, found.First, found.Last)
            && !(reader.Is(found.First - 1, "who") || reader.Is(found.First - 1, "which")))
        {
            // A connective that opens the sentence ("But Erik Dahl, NATO's chief, said") is no clause before the phrase.
            var partOfClause = reader.IsChar(verbStart - 1, ',') && found.First > floor && reader[found.First - 1].IsWord
                && !(found.First - 1 == floor && WordClasses.IsSentenceConnective(reader.Chars(floor)));
            return partOfClause && ReadSentenceHead(reader, floor, verbStart) is { } opening && reader.IsChar(opening.Last + 1, ',') ? opening : found;
        }

        // "Jeb Bush and Chris Christie, who say …": the relative pronoun is the mention; the resolver finds its antecedent.
        if (reader.Is(verbStart - 1, "who") && Antecedent(reader, verbStart - 1, floor) is not null)
        {
            return (verbStart - 1, verbStart - 1);
        }

        // "… – Russia is occupying Crimea and threatens to …": a coordinated verb shares the subject of its own clause,
        // which starts after the last dash, colon or semicolon, else at the sentence start.
        if (reader.Is(verbStart - 1, "and") || reader.Is(verbStart - 1, "but"))
        {
            // "readers who follow the news and seek clarity": the verb shares the relative clause's "who".
            if (RelativeWhoBefore(reader, floor, verbStart - 1) is var who and >= 0 && Antecedent(reader, who, floor) is not null)
            {
                return (who, who);
            }

            if (ReadSentenceHead(reader, ClauseStart(reader, floor, verbStart - 1), verbStart - 1) is { } shared)
            {
                return shared;
            }
        }

        if (reader.IsChar(verbStart - 1, ',') && ReadSentenceHead(reader, floor, verbStart) is { } head && reader.IsChar(head.Last + 1, ','))
        {
            return head;
        }

        return null;
    }

    /// <summary>
    /// The sentence's head when a relative clause on it, commas and all, ends right before the verb: "Jane Doe, who lost
    /// her job in Aurora, Colorado, in 2012, said …" is said by Jane Doe, and the phrase before the last comma ("Colorado")
    /// is inside that clause. Null when the words before the verb are not such a head and clause.
    /// </summary>
    private (int First, int Last)? DescribedSubject(in TokenReader reader, int verbStart, int floor) =>
        reader.IsChar(verbStart - 1, ',') && ReadSentenceHead(reader, floor, verbStart) is { } head
            && SpeakerPhraseWords.OpensRelativeClause(reader, head.Last + 1, verbStart) ? head : null;

    /// <summary>
    /// Whether the words before the comma at the verb are its subject rather than reported content: a relative clause on
    /// the sentence's head (<see cref="DescribedSubject"/>), or a name and its apposition that open their clause ("In a
    /// later note, Lien, head of the union, said …"). An inverted attribution ("Taxes will rise, said Lien") has content there.
    /// </summary>
    public bool HasSubjectBeforeComma(in TokenReader reader, int verbStart, int floor)
    {
        if (DescribedSubject(reader, verbStart, floor) is not null)
        {
            return true;
        }

        if (!reader.IsChar(verbStart - 1, ',') || ReadBackward(reader, verbStart, floor) is not { } found)
        {
            return false;
        }

        var comma = found.First;
        while (comma <= found.Last && !reader.IsChar(comma, ','))
        {
            comma++;
        }

        // The head before the apposition is a whole noun phrase that opens its clause: "Growth slowed in Europe, Asia and
        // Africa, said Lien" has a clause there ("Growth" ends where "slowed" begins), and a list of names is content.
        var opensClause = found.First == floor || reader.IsChar(found.First - 1, ',')
            || found.First - 1 == floor && WordClasses.IsSentenceConnective(reader.Chars(floor));
        return comma > found.First && comma < found.Last && opensClause && !SpeakerPhraseWords.IsNameList(reader, found.First, found.Last)
            && ReadSentenceHead(reader, found.First, comma) is { } head && head.First == found.First && head.Last == comma - 1;
    }

    /// <summary>A "who" before <paramref name="limit"/> with no punctuation between, or -1.</summary>
    private static int RelativeWhoBefore(in TokenReader reader, int floor, int limit)
    {
        for (var k = limit - 1; k > floor && k >= limit - MaxTokens; k--)
        {
            if (reader.IsPunctuation(k))
            {
                return -1;
            }

            if (reader.Is(k, "who"))
            {
                return k;
            }
        }

        return -1;
    }

    private static int ClauseStart(in TokenReader reader, int floor, int limit)
    {
        // Bounded, so that a 10 MB "sentence" with many coordinated verbs stays linear.
        for (var k = limit - 1; k > floor && k >= limit - MaxClauseLookBack; k--)
        {
            if (reader.IsChar(k, ':') || reader.IsChar(k, ';') || reader.IsDash(k))
            {
                return k + 1;
            }
        }

        return floor;
    }

    /// <summary>The phrase a relative "who" at <paramref name="who"/> stands for ("Jeb Bush, who …").</summary>
    public (int First, int Last)? Antecedent(in TokenReader reader, int who, int floor) =>
        ReadBackward(reader, who, floor) is { } antecedent && words.IsPlausibleSpeaker(reader, antecedent.First, antecedent.Last) ? antecedent : null;

    /// <summary>The noun phrase that opens the sentence, after a short introductory phrase ("Before the convention, X …").</summary>
    public (int First, int Last)? ReadSentenceHead(in TokenReader reader, int floor, int limit)
    {
        // "WASHINGTON — Sen. Anna Berg defended …": a dateline is no head; the sentence starts after its dash.
        var dateline = SpeakerPhraseWords.DatelineDash(reader, floor, limit);
        for (var start = dateline < 0 ? floor : dateline + 1; start < limit && start <= floor + MaxIntroTokens; start++)
        {
            // "Following a meeting, Doe boasted …": a participle clause is no head; the phrase after its comma may be.
            if (start > floor && start - 1 != dateline && !reader.IsChar(start - 1, ',') || words.OpensParticipleClause(reader, start))
            {
                continue;
            }

            if (ReadForward(reader, start, limit) is { } found)
            {
                // A name ends where the verb phrase begins: "Police Chief Calvin Williams lobbied hard".
                var last = found.Last;
                for (var k = found.First + 1; k <= found.Last; k++)
                {
                    if (reader.IsLowerWord(k) && reader.IsCapitalised(k - 1) && !SpeakerPhraseWords.IsInnerWord(reader, k))
                    {
                        // "The governor left …": after a bare determiner, its noun still belongs to the phrase.
                        last = k == found.First + 1 && WordClasses.IsDeterminer(reader.Chars(found.First)) ? k : k - 1;
                        break;
                    }
                }

                if (words.IsPlausibleSpeaker(reader, found.First, last) && last - found.First < MaxHeadTokens)
                {
                    return (found.First, last);
                }
            }
        }

        return null;
    }
}
