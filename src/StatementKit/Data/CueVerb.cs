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

/// <summary>What may follow a cue verb as the reported content, besides a that-clause, a colon or a quote.</summary>
internal enum CueComplement : byte
{
    /// <summary>A bare clause ("said the talks were calm").</summary>
    Clause,

    /// <summary>Nothing else: with a bare object the verb names an action ("told CNN", "supported the bill").</summary>
    That,

    /// <summary>Its object, however short ("endorsed Berg", "criticised the plan"), or a longer clause.</summary>
    Object,
}

/// <summary>An inflected form of a speech or cognition verb ("emphasised" of "emphasise").</summary>
/// <param name="Form">The form as written.</param>
/// <param name="Lemma">The base form.</param>
/// <param name="Class">What kind of attribution the verb makes.</param>
/// <param name="WordCount">Words in <paramref name="Form"/> ("pointed out" has two).</param>
/// <param name="Complement">What else may follow as the reported content.</param>
/// <param name="TakesInfinitive">A to-infinitive after it is the reported content ("declined to comment").</param>
internal sealed record CueVerb(string Form, string Lemma, CueClass Class, int WordCount, CueComplement Complement = CueComplement.Clause, bool TakesInfinitive = false)
{
    /// <summary>Reports speech only before a that-clause, colon or quote ("told CNN" is no statement).</summary>
    public bool NeedsThat => Complement == CueComplement.That;
}
