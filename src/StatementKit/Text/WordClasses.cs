using System.Collections.Frozen;
using StatementKit.Data;

namespace StatementKit.Text;

/// <summary>
/// Closed-class English words (determiners, auxiliaries, connectives) that bound phrases, read once from the grammar
/// word file <c>Data/grammar-words.tsv</c> (class, tab, word). Grammar, not world knowledge: the file is the package's
/// own and is not replaced by <see cref="StatementKitOptions.DataDirectory"/>.
/// </summary>
internal static class WordClasses
{
    /// <summary>Every class of the grammar word file; declared first, as the classes below are read from it.</summary>
    private static readonly Dictionary<string, HashSet<string>> Classes = Load();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Determiners = Class("determiner");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ClauseWords = Class("clause-word");

    /// <summary>Words that may stand between a subject and its verb ("Berg also noted").</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> VerbModifiers = Class("verb-modifier");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NonNameCapitalised = Class("non-name-capitalised");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Months = Class("month");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TimeWords = Class("time-word");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> FiniteAuxiliaries = Class("finite-auxiliary", StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ModalsAfterPlural = Class("modal-after-plural", StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> QuestionOpeners = Class("question-opener");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NoBareClauseStarts = Class("no-bare-clause-start");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ObjectAdjunctOpeners = Class("object-adjunct-opener");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TrailingAdjunctOpeners = Class("trailing-adjunct-opener");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PassiveAuxiliaries = Class("passive-auxiliary");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SentenceConnectives = Class("sentence-connective");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> IndefiniteDeterminers = Class("indefinite-determiner");

    /// <summary>Never opens a bare reported clause ("said to", "said in"); opens an introductory adverbial.</summary>
    public static bool IsNoBareClauseStart(ReadOnlySpan<char> word) => NoBareClauseStarts.Contains(word);

    /// <summary>Opens an adjunct after a verb's object ("at a rally").</summary>
    public static bool IsObjectAdjunctOpener(ReadOnlySpan<char> word) => ObjectAdjunctOpeners.Contains(word);

    /// <summary>Opens an adjunct or addressee after a trailing attribution ("on Thursday", "reporters").</summary>
    public static bool IsTrailingAdjunctOpener(ReadOnlySpan<char> word) => TrailingAdjunctOpeners.Contains(word);

    /// <summary>Makes the verb after it passive ("was asked").</summary>
    public static bool IsPassiveAuxiliary(ReadOnlySpan<char> word) => PassiveAuxiliaries.Contains(word);

    /// <summary>May open a sentence before its subject with no comma ("But Berg, a lawyer, said").</summary>
    public static bool IsSentenceConnective(ReadOnlySpan<char> word) => SentenceConnectives.Contains(word);

    /// <summary>A determiner that brings someone new in ("a spokesman", "another official").</summary>
    public static bool IsIndefiniteDeterminer(ReadOnlySpan<char> word) => IndefiniteDeterminers.Contains(word);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SubordinateMarkers = Class("subordinate-marker");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> FrontedSubordinators = Class("fronted-subordinator");

    /// <summary>A finite auxiliary in lower case ("is", "has", "will"): it makes a clause of the words before it.</summary>
    public static bool IsFiniteAuxiliary(ReadOnlySpan<char> word) => FiniteAuxiliaries.Contains(word);

    /// <summary>A modal or auxiliary in lower case that follows a plural noun looking like a verb ("member states can").</summary>
    public static bool IsModalAfterPlural(ReadOnlySpan<char> word) => ModalsAfterPlural.Contains(word);

    /// <summary>A word that opens an indirect question ("if", "whether", "about").</summary>
    public static bool IsQuestionOpener(ReadOnlySpan<char> word) => QuestionOpeners.Contains(word);

    /// <summary>A word that puts a following verb in a subordinate clause ("when asked").</summary>
    public static bool IsSubordinateMarker(ReadOnlySpan<char> word) => SubordinateMarkers.Contains(word);

    /// <summary>A word opening a sentence's subordinate clause that a comma closes ("Though …, she said").</summary>
    public static bool IsFrontedSubordinator(ReadOnlySpan<char> word) => FrontedSubordinators.Contains(word);

    /// <summary>A word of a time phrase that may stand between subject and verb ("said on Tuesday", "last week said").</summary>
    public static bool IsTimeWord(ReadOnlySpan<char> word) => TimeWords.Contains(word);

    public static bool IsMonth(ReadOnlySpan<char> word) => Months.Contains(word);

    public static bool IsDeterminer(ReadOnlySpan<char> word) => Determiners.Contains(word);

    /// <summary>A closed-class word that opens or carries a clause; a negated auxiliary ("doesn’t", "won't") counts.</summary>
    public static bool IsClauseWord(ReadOnlySpan<char> word) => ClauseWords.Contains(word) || IsNegatedAuxiliary(word);

    public static bool IsVerbModifier(ReadOnlySpan<char> word) => VerbModifiers.Contains(word) || IsMannerAdverb(word)
        || IsNegatedAuxiliary(word);

    /// <summary>"Trump’s", "the Minister's": a word or phrase ending in a possessive 's.</summary>
    public static bool HasPossessiveEnding(ReadOnlySpan<char> word) =>
        word.Length > 2 && (word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal));

    /// <summary>"doesn’t", "won't", "didn't": an auxiliary and its negation in one token.</summary>
    public static bool IsNegatedAuxiliary(ReadOnlySpan<char> word) =>
        word.Length > 3 && (word.EndsWith("n't", StringComparison.OrdinalIgnoreCase) || word.EndsWith("n’t", StringComparison.OrdinalIgnoreCase));

    /// <summary>A lower-case "-ly" adverb ("angrily said", "repeatedly argued"), less the nouns that end the same way.</summary>
    public static bool IsMannerAdverb(ReadOnlySpan<char> word) =>
        word.Length >= 5 && char.IsLower(word[0]) && word.EndsWith("ly", StringComparison.Ordinal)
        && !LyNouns.Contains(word);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> LyNouns = Class("ly-noun");

    /// <summary>A capitalised word that is no part of a name: sentence-initial function words, days, months.</summary>
    public static bool IsNonNameCapitalised(ReadOnlySpan<char> word) => NonNameCapitalised.Contains(word);

    /// <summary>
    /// The words of one class (case-insensitive), read by span. The file is embedded, so a missing class is a packaging
    /// error. The lookup is built once: asking a set for its span lookup at every call checks its comparer each time, and
    /// these sets are read at nearly every token by every stage.
    /// </summary>
    private static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Class(string name, StringComparer? comparer = null) => Classes.TryGetValue(name, out var words)
        ? words.ToFrozenSet(comparer ?? StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>()
        : throw new InvalidOperationException($"The grammar word file has no class '{name}'.");

    private static Dictionary<string, HashSet<string>> Load()
    {
        var classes = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var row in DataFile.Rows("grammar-words.tsv", overrideDirectory: null))
        {
            if (row.Length < 2 || row[1].Trim() is not { Length: > 0 } word)
            {
                continue;
            }

            var name = row[0].Trim();
            if (!classes.TryGetValue(name, out var words))
            {
                classes[name] = words = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            }

            words.Add(word);
        }

        return classes;
    }
}
