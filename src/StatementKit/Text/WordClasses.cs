using System.Collections.Frozen;

namespace StatementKit.Text;

/// <summary>
/// Closed-class English words (determiners, auxiliaries, connectives) that bound phrases. These are grammar, not
/// world knowledge, so they live here rather than in the data files.
/// </summary>
internal static class WordClasses
{
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Determiners = Lookup(
    [
        "the", "a", "an", "some", "many", "several", "most", "few", "two", "three", "four", "five", "one", "his", "her",
        "their", "its", "our", "this", "these", "those", "other", "both", "all", "each", "another", "various", "numerous",
    ]);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ClauseWords = Lookup(
    [
        "that", "which", "who", "whom", "whose", "when", "where", "while", "because", "since", "although", "though", "if",
        "but", "or", "so", "than", "after", "before", "then", "not", "is", "was", "were", "are", "be", "been", "being",
        "has", "had", "have", "will", "would", "can", "could", "should", "may", "might", "must", "did", "do", "does",
        "to", "it", "there", "what", "how", "why", "whether", "once", "until", "unless", "yet", "also", "however",
        "instead", "meanwhile", "he", "she", "they", "we", "i", "you", "him", "them", "us", "me", "this", "these", "those",
        "by", "with", "on", "at", "from", "into", "about", "over", "during", "against", "without", "like", "under",
        "per", "via", "said", "says", "say",
    ]);

    /// <summary>Words that may stand between a subject and its verb ("Berg also noted").</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> VerbModifiers = Lookup(
    [
        "also", "further", "then", "later", "previously", "repeatedly", "has", "had", "have", "was", "is", "will", "would",
        "could", "did", "does", "do", "not", "once", "again", "publicly", "recently", "often", "already", "clearly",
        "reportedly", "allegedly", "quickly", "firmly", "strongly", "again", "never", "always", "earlier", "now", "just",
        "herself", "himself", "themselves", "itself", "privately", "openly", "explicitly", "specifically", "however",
        "subsequently", "personally", "simply", "has", "even", "still", "only", "first", "finally", "initially",
    ]);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NonNameCapitalised = Lookup(
    [
        "The", "A", "An", "In", "On", "At", "For", "From", "With", "By", "To", "Of", "And", "But", "Or", "As", "If",
        "When", "While", "After", "Before", "During", "According", "This", "That", "These", "Those", "It", "He", "She",
        "They", "We", "I", "You", "His", "Her", "Their", "Its", "Our", "My", "Your", "There", "Here", "What", "How",
        "Why", "Who", "Where", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January",
        "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        "However", "Meanwhile", "Also", "Yet", "So", "Then", "Now", "Still", "Although", "Though", "Since", "Because",
        "Read", "Photo", "Source", "Previous", "Next", "Article", "Mr", "Mrs", "Ms", "Dr", "Some", "Many", "Most",
        "One", "Two", "All", "Both", "Each", "Every", "Several", "Under", "Over", "About", "Against", "Without",
        "Thus", "Therefore", "Instead", "Later", "Earlier", "Today", "Yesterday", "Tomorrow", "Not", "No", "Yes",
        "Do", "Does", "Did", "Is", "Was", "Are", "Were", "Has", "Have", "Had", "Will", "Would", "Can", "Could",
        "Should", "Let", "Let's", "Like", "Unlike", "Despite", "Through", "Into", "Upon", "Among", "Between", "Such",
        "Only", "Even", "Just", "Perhaps", "Maybe", "Indeed", "Still", "Again", "Once", "Last", "First", "Other",
        "Another", "Any", "Whether", "Until", "Unless", "Via", "Per", "Be", "Been", "Being", "Says", "Said", "Say",
    ]);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Months = Lookup(
    [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    ]);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TimeWords = Lookup(
    [
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "today", "yesterday", "tonight",
        "week", "month", "year", "morning", "afternoon", "evening", "night", "weekend",
    ]);

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

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> LyNouns = Lookup(
    [
        "family", "rally", "ally", "apply", "supply", "reply", "assembly", "anomaly", "monopoly", "bully", "belly", "folly",
        "daily", "weekly", "monthly", "quarterly", "july", "italy", "lily", "homily",
    ]);

    /// <summary>A capitalised word that is no part of a name: sentence-initial function words, days, months.</summary>
    public static bool IsNonNameCapitalised(ReadOnlySpan<char> word) => NonNameCapitalised.Contains(word);

    /// <summary>
    /// A case-insensitive set read by span. The lookup is built once: asking a set for its span lookup at every call
    /// checks its comparer each time, and these sets are read at nearly every token by every stage.
    /// </summary>
    private static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup(string[] words) =>
        words.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
}
