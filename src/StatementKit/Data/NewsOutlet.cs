namespace StatementKit.Data;

/// <summary>
/// A known news outlet: one of the state-affiliated outlets (State Media Monitor typology) or of the major independent
/// outlets and wire services (<see cref="Typology"/> empty).
/// </summary>
internal sealed record NewsOutlet(string Name, string Owner, string Country, string Typology, string Domain)
{
    /// <summary>State-controlled or captured: the typologies that make an outlet's reporting a reliability concern.</summary>
    public bool IsStateControlled => Typology is "SC" or "CaPu" or "CaPr";

    public string TypologyDescription => Typology switch
    {
        "SC" => "state-controlled",
        "CaPu" => "a captured public (state-managed) outlet",
        "CaPr" => "a captured private outlet",
        "ISFM" => "independent but state-funded and state-managed",
        "ISF" => "independent but state-funded",
        "ISM" => "independent but state-managed",
        "IP" => "an independent public broadcaster",
        "" => "independent",
        _ => Typology,
    };
}
