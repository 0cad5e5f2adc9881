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
internal sealed record CueVerb(string Form, string Lemma, CueClass Class, int WordCount);
