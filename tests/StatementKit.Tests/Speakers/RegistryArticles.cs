namespace StatementKit.Tests.Speakers;

/// <summary>
/// Generated articles whose people carry gender evidence a registry can carry over: an honorific in some articles,
/// only pronouns in others. First names are unisex in the lexicon, so only the articles tell the gender.
/// </summary>
internal static class RegistryArticles
{
    private static readonly string[] FirstNames = ["Jamie", "Morgan", "Reese", "Riley", "Sasha", "Taylor"];
    private static readonly string[] Surnames = ["Lindqvist", "Okafor", "Brennan", "Havel", "Moreau", "Tanaka", "Varga"];

    public static string PersonName(int person) => $"{FirstNames[person % FirstNames.Length]} {Surnames[person / FirstNames.Length % Surnames.Length]}";

    public static int People => FirstNames.Length * Surnames.Length;

    /// <summary>Article <paramref name="index"/>: one or two people, each named with an honorific or referred to by pronouns.</summary>
    public static string Text(int index)
    {
        var person = (index * 7 + index / 3) % People;
        var other = (person + 1 + index % 5) % People;
        return $"Report {index}\n\n" + Paragraph(index, person) + "\n\n" + (index % 3 == 0 ? Paragraph(index / 3, other) : "The meeting ended late.");
    }

    public static IReadOnlyList<Article> Batch(int count) => [.. Enumerable.Range(0, count).Select(i => Article.FromText(Text(i)))];

    private static string Paragraph(int variant, int person)
    {
        var name = PersonName(person);
        var female = person % 2 == 0;
        return (variant % 4) switch
        {
            0 => $"{(female ? "Ms" : "Mr")} {name} spoke to reporters. “We will wait,” said {name}.",
            1 => $"{name} arrived early. “It is done,” {name} said. “Nothing more,” {(female ? "she" : "he")} added.",
            2 => $"{name} took questions. “Not today,” {name} said. “Perhaps tomorrow,” {(female ? "he" : "she")} added.",
            _ => $"{name} left the room. “Ask again,” {name} told reporters.",
        };
    }
}
