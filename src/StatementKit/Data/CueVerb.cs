namespace StatementKit.Data;

internal enum CueClass : byte
{
    Speech,
    Cognition,

    /// <summary>"continued", "barked", "read": attributes a direct quote next to it, never reported speech.</summary>
    Manner,

    /// <summary>"shows", "found": reports evidence; its subject must be a determined phrase ("a poll found").</summary>
    Evidence,
}

/// <summary>An inflected form of a speech or cognition verb ("emphasised" of "emphasise").</summary>
/// <param name="Form">The form as written.</param>
/// <param name="Lemma">The base form.</param>
/// <param name="Class">What kind of attribution the verb makes.</param>
/// <param name="WordCount">Words in <paramref name="Form"/> ("pointed out" has two).</param>
/// <param name="NeedsThat">Reports speech only before a that-clause, colon or quote ("told CNN" is no statement).</param>
/// <param name="TakesInfinitive">A to-infinitive after it is the reported content ("declined to comment").</param>
internal sealed record CueVerb(string Form, string Lemma, CueClass Class, int WordCount, bool NeedsThat = false, bool TakesInfinitive = false);
