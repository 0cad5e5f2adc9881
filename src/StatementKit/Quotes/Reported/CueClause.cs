using StatementKit.Data;

namespace StatementKit.Quotes.Reported;

/// <summary>A cue verb in its sentence, as the constructions read it.</summary>
/// <param name="Verb">Index of the cue's first token.</param>
/// <param name="Last">Index of the cue's last token ("went on to say").</param>
/// <param name="Cue">The lexicon's entry.</param>
/// <param name="CueSpan">The cue's characters.</param>
/// <param name="VerbStart">Index of the first adverb or auxiliary before the verb ("has also said"), else <paramref name="Verb"/>.</param>
/// <param name="Passive">Whether an auxiliary before it makes it passive ("was asked").</param>
/// <param name="Speaker">The speaker read from the subject (set once the attribution-first constructions have passed).</param>
internal readonly record struct CueClause(int Verb, int Last, CueVerb Cue, TextSpan CueSpan, int VerbStart, bool Passive, TextSpan? Speaker = null)
{
    /// <summary>Index of the token after the cue.</summary>
    public int Next => Last + 1;

    /// <summary>Whether the cue is a gerund ("…, saying that").</summary>
    public bool IsGerund(in SentenceContext context) => context.Reader.Chars(Verb).EndsWith("ing", StringComparison.OrdinalIgnoreCase);
}

/// <summary>
/// One construction of reported speech around a cue verb ("X said that …", "…, X said.", "X vowed to …"). The reader
/// tries them in order; the first that reads the clause ends the search, whether it emitted a statement or found that
/// none is reported.
/// </summary>
internal interface IReportedConstruction
{
    /// <summary>Whether this construction read the clause (later ones are not tried).</summary>
    bool TryRead(in SentenceContext context, in CueClause clause, List<Pipeline.QuoteCandidate> output);
}
