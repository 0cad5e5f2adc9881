namespace StatementKit.Data;

/// <summary>What a common noun heading a speaker phrase names.</summary>
internal enum NounClass
{
    /// <summary>One person ("spokesman", "rookie").</summary>
    Person,

    /// <summary>An organisation ("company", "agency", "ministry").</summary>
    Organisation,

    /// <summary>A collection of people ("crowd", "residents").</summary>
    Group,

    /// <summary>A document or finding a source publishes ("report", "poll", "complaint").</summary>
    Document,
}

/// <summary>What a capitalised name that is never a person names.</summary>
internal enum ProperNounClass
{
    /// <summary>A place ("Nova Scotia", "Toronto").</summary>
    Place,

    /// <summary>An event or period ("Great Depression").</summary>
    Event,

    /// <summary>An organisation ("Red Cross").</summary>
    Organisation,
}
