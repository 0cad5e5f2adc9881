namespace StatementKit.Evaluation.Variants;

/// <summary>An outlet as news prose names it, with the words that describe it ("Chinese", "news agency").</summary>
internal sealed record ProseOutlet(string Name, string Adjective, string Kind, bool IsState)
{
    /// <summary>"Chinese state news agency" for a state outlet, "British news agency" for an independent one.</summary>
    public string Description => IsState ? $"{Adjective} state {Kind}" : $"{Adjective} {Kind}";
}

/// <summary>
/// The ordinary sourcing sentences inserted into real articles: phrasings written for this dev set (the outlet as the
/// subject of a reporting or publishing verb, the agent of a passive, after "citing", "according to", a venue, an
/// outlet introduced by a description of what it is, or a description alone), state outlets named as English news
/// names them, and independent outlets named the same way as near misses. The held-out variants that score main use
/// other phrasings and outlets; these only measure.
/// </summary>
internal static class SourcingSentences
{
    /// <summary>{O} the outlet's name, {D} its description, {c} a reported clause, {C} the clause capitalised.</summary>
    public static readonly string[] Phrasings =
    [
        "{O} reported that {c}.",
        "{O} said on Tuesday that {c}.",
        "{C}, {O} reported.",
        "{C}, according to {O}.",
        "According to {O}, {c}.",
        "The ministry confirmed that {c}, citing {O}.",
        "Officials said {c}, {O} reported, citing sources close to the talks.",
        "The figures were first published by {O} on Monday.",
        "{C}, as reported by {O}.",
        "The claim was carried by {O} late on Sunday.",
        "{O} quoted a senior official as saying {c}.",
        "A statement broadcast by {O} said {c}.",
        "In a report on Wednesday, {O} said {c}.",
        "{O} published a report on Friday saying {c}.",
        "A senior official told {O} that {c}.",
        "In an interview with {O}, the deputy minister said {c}.",
        "{O}, the {D}, reported that {c}.",
        "The {D} said {c}.",
        "The {D} {O} said {c}.",
        "Details of the plan were released by {O} on Thursday.",
        "{O} aired footage on Monday suggesting {c}.",
        "{C}, the {D} reported on its website.",
        "Quoting {O}, local media said {c}.",
        "{O}'s report said {c}.",
        "{C}, {O} wrote on Tuesday.",
        "{O} also claimed that {c}.",
    ];

    public static readonly string[] Clauses =
    [
        "the talks would resume next week",
        "the border crossing had been closed overnight",
        "the delegation had arrived in the capital",
        "the vote had been postponed until March",
        "the two sides had agreed on a ceasefire",
        "the minister would travel abroad next month",
        "the factory had stopped production",
        "hundreds of people had been evacuated",
    ];

    public static readonly ProseOutlet[] StateOutlets =
    [
        new("Xinhua", "Chinese", "news agency", true),
        new("TASS", "Russian", "news agency", true),
        new("RIA Novosti", "Russian", "news agency", true),
        new("Sputnik", "Russian", "news outlet", true),
        new("RT", "Russian", "broadcaster", true),
        new("KCNA", "North Korean", "news agency", true),
        new("the Korean Central News Agency", "North Korean", "news agency", true),
        new("Rodong Sinmun", "North Korean", "newspaper", true),
        new("IRNA", "Iranian", "news agency", true),
        new("Press TV", "Iranian", "broadcaster", true),
        new("Tasnim", "Iranian", "news agency", true),
        new("the Fars news agency", "Iranian", "news agency", true),
        new("Mehr News Agency", "Iranian", "news agency", true),
        new("CGTN", "Chinese", "broadcaster", true),
        new("China Daily", "Chinese", "newspaper", true),
        new("the Global Times", "Chinese", "tabloid", true),
        new("People's Daily", "Chinese", "newspaper", true),
        new("CCTV", "Chinese", "broadcaster", true),
        new("Anadolu", "Turkish", "news agency", true),
        new("TRT", "Turkish", "broadcaster", true),
        new("SANA", "Syrian", "news agency", true),
        new("BelTA", "Belarusian", "news agency", true),
        new("Kazinform", "Kazakh", "news agency", true),
        new("Azertac", "Azerbaijani", "news agency", true),
        new("Prensa Latina", "Cuban", "news agency", true),
        new("Granma", "Cuban", "newspaper", true),
        new("Venezolana de Televisión", "Venezuelan", "broadcaster", true),
        new("the Vietnam News Agency", "Vietnamese", "news agency", true),
        new("the Saudi Press Agency", "Saudi", "news agency", true),
        new("WAM", "Emirati", "news agency", true),
        new("KUNA", "Kuwaiti", "news agency", true),
        new("QNA", "Qatari", "news agency", true),
        new("MENA", "Egyptian", "news agency", true),
        new("Al-Ahram", "Egyptian", "newspaper", true),
        new("Bernama", "Malaysian", "news agency", true),
        new("Tanjug", "Serbian", "news agency", true),
        new("Rossiyskaya Gazeta", "Russian", "newspaper", true),
        new("Izvestia", "Russian", "newspaper", true),
        new("Zvezda", "Russian", "television channel", true),
        new("Rossiya 1", "Russian", "broadcaster", true),
        new("Al Jazeera", "Qatari", "broadcaster", true),
        new("Armenpress", "Armenian", "news agency", true),
        new("UzA", "Uzbek", "news agency", true),
        new("Montsame", "Mongolian", "news agency", true),
        new("Tunis Afrique Presse", "Tunisian", "news agency", true),
        new("the Ethiopian News Agency", "Ethiopian", "news agency", true),
        new("the News Agency of Nigeria", "Nigerian", "news agency", true),
        new("the Ghana News Agency", "Ghanaian", "news agency", true),
        new("the Associated Press of Pakistan", "Pakistani", "news agency", true),
        new("Agence Kampuchea Presse", "Cambodian", "news agency", true),
    ];

    public static readonly ProseOutlet[] IndependentOutlets =
    [
        new("Reuters", "British", "news agency", false),
        new("the Associated Press", "American", "news agency", false),
        new("AFP", "French", "news agency", false),
        new("Agence France-Presse", "French", "news agency", false),
        new("dpa", "German", "news agency", false),
        new("Bloomberg", "American", "news service", false),
        new("Kyodo", "Japanese", "news agency", false),
        new("Yonhap", "South Korean", "news agency", false),
        new("ANSA", "Italian", "news agency", false),
        new("EFE", "Spanish", "news agency", false),
        new("NTB", "Norwegian", "news agency", false),
        new("the Baltic News Service", "Baltic", "news agency", false),
        new("Interfax", "Russian", "news agency", false),
        new("Kommersant", "Russian", "newspaper", false),
        new("Novaya Gazeta", "Russian", "newspaper", false),
        new("Meduza", "Russian-language", "news site", false),
        new("The New York Times", "American", "newspaper", false),
        new("The Washington Post", "American", "newspaper", false),
        new("the Guardian", "British", "newspaper", false),
        new("Le Monde", "French", "newspaper", false),
        new("Der Spiegel", "German", "magazine", false),
        new("El País", "Spanish", "newspaper", false),
        new("the BBC", "British", "public broadcaster", false),
        new("NRK", "Norwegian", "public broadcaster", false),
        new("Yle", "Finnish", "public broadcaster", false),
        new("ERR", "Estonian", "public broadcaster", false),
        new("LRT", "Lithuanian", "public broadcaster", false),
        new("CNN", "American", "broadcaster", false),
        new("Fox News", "American", "broadcaster", false),
        new("Sky News", "British", "broadcaster", false),
        new("Haaretz", "Israeli", "newspaper", false),
        new("The Hindu", "Indian", "newspaper", false),
        new("the South China Morning Post", "Hong Kong", "newspaper", false),
        new("the Toronto Star", "Canadian", "daily", false),
        new("the Star", "Canadian", "daily", false),
        new("The Globe and Mail", "Canadian", "newspaper", false),
        new("The Nation", "Thai", "newspaper", false),
        new("the Daily Mirror", "British", "tabloid", false),
        new("the Financial Times", "British", "newspaper", false),
        new("The Wall Street Journal", "American", "newspaper", false),
        new("Politico", "American", "news site", false),
        new("the Kyiv Independent", "Ukrainian", "news site", false),
        new("UNIAN", "Ukrainian", "news agency", false),
        new("Postimees", "Estonian", "newspaper", false),
    ];

    /// <summary>The sentence for one phrasing, outlet and clause.</summary>
    public static string Write(string phrasing, ProseOutlet outlet, string clause)
    {
        var name = outlet.Name;
        var sentence = phrasing
            .Replace("{D}", outlet.Description, StringComparison.Ordinal)
            .Replace("{C}", char.ToUpperInvariant(clause[0]) + clause[1..], StringComparison.Ordinal)
            .Replace("{c}", clause, StringComparison.Ordinal);
        if (sentence.StartsWith("{O}", StringComparison.Ordinal) && name.StartsWith("the ", StringComparison.Ordinal))
        {
            name = "The " + name[4..];
        }

        if (phrasing.Contains("{D} {O}", StringComparison.Ordinal) && name.StartsWith("the ", StringComparison.OrdinalIgnoreCase))
        {
            name = name[4..];
        }

        return sentence.Replace("{O}", name, StringComparison.Ordinal);
    }
}
