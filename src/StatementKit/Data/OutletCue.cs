namespace StatementKit.Data;

/// <summary>What a word near an outlet's name says about its use (<c>outlet-cues.tsv</c>); a word may be several.</summary>
[Flags]
internal enum OutletCue : byte
{
    /// <summary>Nothing.</summary>
    None = 0,

    /// <summary>Makes an outlet state-run: "state-run", "official", "semi-official".</summary>
    State = 1,

    /// <summary>A noun for a news outlet: "agency", "broadcaster", "daily".</summary>
    Kind = 2,

    /// <summary>A verb whose subject or passive agent publishes reporting: "published", "aired", "carried".</summary>
    Publish = 4,

    /// <summary>A noun for a piece of reporting: "report", "dispatch".</summary>
    Report = 8,

    /// <summary>A word after which an outlet is where someone spoke: "told", "interview".</summary>
    Venue = 16,
}

/// <summary>Flag tests on <see cref="OutletCue"/>.</summary>
internal static class OutletCueExtensions
{
    /// <summary>Whether <paramref name="cue"/> includes <paramref name="flag"/>: a mask, which never boxes (Enum.HasFlag does in unoptimised code, and the recogniser asks for every token).</summary>
    public static bool Has(this OutletCue cue, OutletCue flag) => (cue & flag) != 0;
}
