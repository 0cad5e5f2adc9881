namespace StatementKit.Text.Grammar;

/// <summary>Token-level grammar tests the clause readers share: terminals, quote marks, auxiliaries, openers.</summary>
internal static class ClauseGrammar
{
    private const int MaxPossessivePhrase = 4;

    /// <summary>A sentence-ending mark (. ? ! …).</summary>
    public static bool IsTerminal(in TokenReader reader, int index) =>
        reader.IsPunctuation(index) && Characters.IsSentenceTerminal(reader.Text[reader[index].Start]);

    /// <summary>A mark that may close a quotation.</summary>
    public static bool IsClosingQuote(in TokenReader reader, int index) =>
        reader.IsPunctuation(index) && reader.Text[reader[index].Start] is '”' or '"' or '’' or '»' or '“';

    /// <summary>A dash with space before it: it sets off what follows, unlike a hyphen inside a word.</summary>
    public static bool IsSpacedDash(in TokenReader reader, int index) =>
        reader.IsDash(index) && reader[index].Start > 0 && char.IsWhiteSpace(reader.Text[reader[index].Start - 1]);

    /// <summary>", referring to …", ", citing …": a participle clause of the writer's after the reported one.</summary>
    public static bool IsParticipleClause(in TokenReader reader, int index) =>
        reader.IsLowerWord(index) && reader[index].Length > 5 && reader.Chars(index).EndsWith("ing", StringComparison.Ordinal);

    /// <summary>A modal or auxiliary after a plural noun that looks like a verb ("member states can").</summary>
    public static bool IsModal(ReadOnlySpan<char> word) => WordClasses.IsModalAfterPlural(word);

    /// <summary>A finite auxiliary: it makes a clause of the words before it.</summary>
    public static bool IsFiniteAuxiliary(ReadOnlySpan<char> word) => WordClasses.IsFiniteAuxiliary(word);

    /// <summary>A number or a time word ("2015", "Friday", "June").</summary>
    public static bool IsTimeAt(in TokenReader reader, int index) =>
        index < reader.Count && (reader[index].Kind == TokenKind.Number
            || reader[index].IsWord && (WordClasses.IsTimeWord(reader.Chars(index)) || WordClasses.IsMonth(reader.Chars(index))));

    /// <summary>A word that opens an indirect question ("asked if", "asked why", "asked about").</summary>
    public static bool IsQuestionOpener(in TokenReader reader, int index) =>
        (uint)index < (uint)reader.Count && reader[index].IsWord && WordClasses.IsQuestionOpener(reader.Chars(index));

    /// <summary>"when asked", "if asked", "once asked", "after asked": the verb is in a subordinate clause.</summary>
    public static bool IsSubordinateMarker(in TokenReader reader, int index) =>
        (uint)index < (uint)reader.Count && reader[index].IsWord && WordClasses.IsSubordinateMarker(reader.Chars(index));

    /// <summary>"A new poll", "surveys": a determined or plural phrase, not a bare word ("Experience shows").</summary>
    public static bool IsDeterminedPhrase(in TokenReader reader, (int First, int Last) phrase) =>
        WordClasses.IsDeterminer(reader.Chars(phrase.First)) || phrase.Last > phrase.First || reader.Chars(phrase.Last).EndsWith('s');

    /// <summary>
    /// "said there was …", "say this is …", "says its policy is …": a word that opens no clause on its own does when a
    /// finite auxiliary follows it or the short noun phrase it determines.
    /// </summary>
    public static bool OpensFiniteClause(in TokenReader reader, int start, int limit)
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
}
