using StatementKit.Data;
using StatementKit.Pipeline;
using StatementKit.Text;

namespace StatementKit.Reliability.Outlets;

/// <summary>
/// Tells whether an outlet reference is a source of the article's reporting, reading the statement pipeline's result
/// and the outlet's grammatical place: the speaker of a statement ("Xinhua reported that …"), the subject of a
/// reporting or publishing verb ("KCNA published …", "…, TASS said"), the agent of a passive ("was reported by"),
/// the object of "citing", "according to", "per", "via", a report noun ("a report by", "Xinhua's dispatch"), or a
/// venue ("told TASS", "in an interview with RT"). Any other mention ("RT crews filmed", "banned RT") is no source.
/// </summary>
internal sealed class OutletRoleReader
{
    private const int MaxAppositionTokens = 14;
    private readonly TokenReader reader;
    private readonly StatementKitData data;
    private readonly List<TextSpan> speakerMentions;

    public OutletRoleReader(TokenReader reader, StatementKitData data, IReadOnlyList<Statement> statements)
    {
        this.reader = reader;
        this.data = data;
        speakerMentions = statements.Select(s => s.Speaker?.Mention?.Span).OfType<TextSpan>().OrderBy(s => s.Start).ToList();
    }

    /// <summary>The role of the reference spanning tokens <paramref name="first"/>..<paramref name="last"/>; null when it is no source.</summary>
    public OutletRole? RoleOf(int first, int last)
    {
        // "RT America": capitalised words going on from the name belong to it.
        while (last + 1 < reader.Count && reader.IsCapitalised(last + 1) && !reader.BreakBetween(last, last + 1) && !WordClasses.HasPossessiveEnding(reader.Chars(last)))
        {
            last++;
        }

        if (IsModifier(last + 1))
        {
            // "RT journalists", "the RT America audience": the outlet only qualifies a noun, which is what the clause is about.
            return null;
        }

        var span = reader.Span(first, last);
        if (IsSpeaker(span) || IsSubjectOfReporting(last) || IsReportedBy(first) || IsPossessorOfReport(last))
        {
            return OutletRole.Relay;
        }

        return IsVenue(first) ? OutletRole.Venue : null;
    }

    /// <summary>The statement pipeline made the outlet a speaker ("Xinhua reported that …", "according to TASS, …").</summary>
    private bool IsSpeaker(TextSpan span)
    {
        var index = SortedSearch.LastStartingAtOrBefore(speakerMentions, span.End - 1, static s => s.Start);
        for (var i = index; i >= 0 && i > index - 4; i--)
        {
            // The outlet must head the mention ("Several former RT journalists" are the speakers, not RT); an apposition
            // may follow it ("Vietnam News Agency, the country's official news outlet").
            var mention = speakerMentions[i];
            if (mention.Start < span.End && mention.End > span.Start && mention.Start >= span.Start
                && (mention.End <= span.End || reader.Text.AsSpan(span.End, mention.End - span.End).TrimStart().StartsWith(",")))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether token <paramref name="k"/> is a noun the outlet before it qualifies ("RT crews", "TASS journalists").</summary>
    private bool IsModifier(int k)
    {
        if (!reader.IsLowerWord(k) || data.OutletRoleStopWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(reader.Chars(k)) || Cue(k) != OutletCue.None
            || data.CueVerbs.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(reader.Chars(k)))
        {
            return false;
        }

        var word = reader.Chars(k);
        return !(word.EndsWith("ed", StringComparison.Ordinal) || word.EndsWith("ly", StringComparison.Ordinal));
    }


    /// <summary>"Xinhua reported", "KCNA said on Monday", "TASS, citing …, said", "the agency has published".</summary>
    private bool IsSubjectOfReporting(int last)
    {
        var k = last + 1;
        if (reader.IsChar(k, ','))
        {
            // Skip an apposition or a parenthetical: "Anadolu, Turkey's news agency, reported".
            var close = k + 1;
            while (close < reader.Count && close - k < MaxAppositionTokens && !reader.IsChar(close, ',') && !IsSentenceEnd(close))
            {
                close++;
            }

            if (!reader.IsChar(close, ','))
            {
                return false;
            }

            k = close + 1;
        }

        for (var skipped = 0; skipped < 4 && k < reader.Count && IsAdverbial(k); skipped++)
        {
            k += reader.Is(k, "on") || reader.Is(k, "late") && reader.Is(k + 1, "on") ? (reader.Is(k, "late") ? 3 : 2) : 1;
        }

        return IsReportingVerb(k);
    }

    /// <summary>"was reported by X", "first published by X", "a report by X", "citing X", "according to X", "per X".</summary>
    private bool IsReportedBy(int first)
    {
        var p = reader.Is(first - 1, "the") ? first - 2 : first - 1;
        if (p < 0)
        {
            return false;
        }

        if (reader.Is(p, "citing") || reader.Is(p, "quoting") || reader.Is(p, "cited") || reader.Is(p, "per") || reader.Is(p, "via")
            || reader.Is(p, "to") && reader.Is(p - 1, "according"))
        {
            return true;
        }

        var before = p - 1;
        while (before >= 0 && (IsDeterminerOrAdverb(before)))
        {
            before--;
        }

        if (reader.Is(p, "by"))
        {
            return IsReportingVerb(before, allowPast: true) || Cue(before).Has(OutletCue.Report);
        }

        // "a report in X", "footage from X", "published in X", "aired on X".
        return (reader.Is(p, "in") || reader.Is(p, "from") || reader.Is(p, "on"))
            && (Cue(before).Has(OutletCue.Report) || Cue(before).Has(OutletCue.Publish) && reader.IsLowerWord(before));
    }

    /// <summary>"Xinhua's report", "TASS’s dispatch".</summary>
    private bool IsPossessorOfReport(int last) =>
        WordClasses.HasPossessiveEnding(reader.Chars(last)) && (Cue(last + 1).Has(OutletCue.Report) || Cue(last + 2).Has(OutletCue.Report) && reader.IsLowerWord(last + 1));

    /// <summary>"told TASS", "told the Financial Times", "in an interview with RT", "speaking to CGTN", "said on state TV".</summary>
    private bool IsVenue(int first)
    {
        var p = reader.Is(first - 1, "the") ? first - 2 : first - 1;
        if (Cue(p).Has(OutletCue.Venue) && reader.IsLowerWord(p))
        {
            return true;
        }

        if (reader.Is(p, "with") || reader.Is(p, "to") || reader.Is(p, "on"))
        {
            var before = p - 1;
            return Cue(before).Has(OutletCue.Venue) && reader.IsLowerWord(before)
                || reader.Is(p, "on") && IsReportingVerb(before, allowPast: true)
                || reader.Is(p, "to") && (reader.Is(before, "said") || reader.Is(before, "spoke") || reader.Is(before, "speaking"));
        }

        return false;
    }

    private bool IsReportingVerb(int k, bool allowPast = false)
    {
        if (k < 0 || k >= reader.Count || !reader.IsLowerWord(k))
        {
            return false;
        }

        if (Cue(k).Has(OutletCue.Publish))
        {
            return true;
        }

        // The speech verbs of the cue lexicon: "said", "claimed", "announced"; not "told", whose object is the venue.
        return !reader.Is(k, "told") && data.CueVerbs.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(reader.Chars(k), out var verb)
            && verb.Class is CueClass.Speech or CueClass.Evidence && (allowPast || verb.WordCount == 1);
    }

    private bool IsAdverbial(int k) =>
        reader.IsLowerWord(k) && (reader.Is(k, "also") || reader.Is(k, "earlier") || reader.Is(k, "later") || reader.Is(k, "first")
            || reader.Is(k, "previously") || reader.Is(k, "separately") || reader.Is(k, "has") || reader.Is(k, "had") || reader.Is(k, "have")
            || reader.Is(k, "had") || reader.Is(k, "on") && reader.IsCapitalised(k + 1) || reader.Is(k, "late") && reader.Is(k + 1, "on")
            || reader.Is(k, "news") || reader.Is(k, "agency") || reader.Is(k, "quickly") || reader.Is(k, "then") || reader.Is(k, "itself"));

    private bool IsDeterminerOrAdverb(int k) =>
        reader.Is(k, "first") || reader.Is(k, "originally") || reader.Is(k, "also") || reader.Is(k, "earlier") || reader.Is(k, "later")
        || reader.Is(k, "initially") || reader.Is(k, "a") || reader.Is(k, "an") || reader.Is(k, "the") || reader.Is(k, "new") || reader.Is(k, "recent");

    private bool IsSentenceEnd(int k) => reader.IsChar(k, '.') || reader.IsChar(k, '!') || reader.IsChar(k, '?') || k > 0 && reader.BreakBetween(k - 1, k);

    private OutletCue Cue(int k) =>
        k >= 0 && k < reader.Count && reader[k].IsWord && data.OutletCues.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(reader.Chars(k), out var cue) ? cue : OutletCue.None;
}
