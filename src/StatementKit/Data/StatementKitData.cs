using System.Collections.Frozen;
using StatementKit.Learning;

namespace StatementKit.Data;

/// <summary>
/// The lexicons and lists every stage reads: loaded once from the embedded data files (or an override folder),
/// merged with the additions in <see cref="StatementKitOptions"/>, then read-only and safe to share between threads.
/// </summary>
internal sealed class StatementKitData
{
    private static readonly Lazy<StatementKitData> LazyDefault = new(() => Load(new StatementKitOptions()));

    private StatementKitData()
    {
    }

    /// <summary>The embedded data with no additions.</summary>
    public static StatementKitData Default => LazyDefault.Value;

    public required FrozenDictionary<string, CueVerb> CueVerbs { get; init; }

    public required int MaxCueWords { get; init; }

    public required FrozenDictionary<string, string> Titles { get; init; }

    public required int MaxTitleWords { get; init; }

    public required FrozenDictionary<string, Gender> Honorifics { get; init; }

    public required FrozenDictionary<string, char> Pronouns { get; init; }

    /// <summary>The pronouns that stand as a clause's subject ("he", "she"; <c>pronouns.tsv</c>, role column).</summary>
    public required FrozenSet<string> SubjectPronouns { get; init; }

    public required FrozenDictionary<string, string> CountryAdjectives { get; init; }

    public required FrozenSet<string> Countries { get; init; }

    public required FrozenSet<string> GroupNouns { get; init; }

    public required FrozenSet<string> MediaWords { get; init; }

    /// <summary>The known news outlets (state-affiliated and major independent) and the spellings that name them.</summary>
    public required OutletCatalog Outlets { get; init; }

    /// <summary>The words around an outlet's name that tell how the article uses it (<c>outlet-cues.tsv</c>).</summary>
    public required FrozenDictionary<string, OutletCue> OutletCues { get; init; }

    public required FrozenDictionary<string, string> ChromeLines { get; init; }

    public required IReadOnlyList<(string A, string B)> PlaceNameVariants { get; init; }

    public required FrozenSet<string> BioWords { get; init; }

    public required IReadOnlyList<string> BioSuffixes { get; init; }

    public required FrozenDictionary<string, Gender> FirstNames { get; init; }

    public required FrozenSet<string> Abbreviations { get; init; }

    public required FrozenSet<string> NamingCues { get; init; }

    /// <summary>Capitalised words that make a name an organisation or event ("Fund", "University", "Day").</summary>
    public required FrozenSet<string> OrganisationWords { get; init; }

    /// <summary>Words that make a name a company ("Corp", "Airlines"; <c>corporate-words.txt</c>).</summary>
    public required FrozenSet<string> CorporateWords { get; init; }

    /// <summary>Lower-case particles inside a person's name ("von", "bin"; <c>name-particles.txt</c>), compared exactly.</summary>
    public required FrozenSet<string> NameParticles { get; init; }

    /// <summary>Nouns that refer back to a company ("firm", "lender"; <c>organisation-kind-nouns.tsv</c>), compared exactly.</summary>
    public required FrozenSet<string> CompanyNouns { get; init; }

    /// <summary>Nouns that refer back to a government body ("agency", "ministry"; <c>organisation-kind-nouns.tsv</c>), compared exactly.</summary>
    public required FrozenSet<string> GovernmentNouns { get; init; }

    /// <summary>Words after an outlet's name that are never a noun it qualifies ("that", "has"; <c>outlet-role-stop-words.txt</c>).</summary>
    public required FrozenSet<string> OutletRoleStopWords { get; init; }

    /// <summary>
    /// Nouns that can head a speaker phrase, with what they name: a person ("spokesman"), an organisation ("company")
    /// or a group ("crowd"). From WordNet (<c>noun-classes.tsv</c>).
    /// </summary>
    public required FrozenDictionary<string, NounClass> NounClasses { get; init; }

    /// <summary>Person nouns that say a gender ("spokeswoman", "husband"), from <c>gendered-nouns.tsv</c>.</summary>
    public required FrozenDictionary<string, Gender> GenderedNouns { get; init; }

    /// <summary>Capitalised names of places, events and organisations that are never a person ("Nova Scotia", "Great Depression").</summary>
    public required FrozenDictionary<string, ProperNounClass> ProperNouns { get; init; }

    /// <summary>Words the learnt cue model never takes as a cue ("attacked", "shelled": physical acts in news of war).</summary>
    public required FrozenSet<string> NonCueWords { get; init; }

    /// <summary>Statement types of cue lemmas whose type is not their class's (<c>cue-types.tsv</c>: "know" is factive, "want" a control verb).</summary>
    public required FrozenDictionary<string, StatementType> CueTypes { get; init; }

    /// <summary>The commonest English function words (<c>english-function-words.txt</c>), to tell English text from other languages.</summary>
    public required FrozenSet<string> EnglishFunctionWords { get; init; }

    /// <summary>Words that open a "Label: text" line without naming a speaker ("Photo", "Read").</summary>
    public required FrozenSet<string> NonSpeakerLabels { get; init; }

    /// <summary>First- and second-person pronouns (<c>author-voice-pronouns.txt</c>): a speaker phrase of the article's own voice.</summary>
    public required FrozenSet<string> AuthorVoicePronouns { get; init; }

    /// <summary>The articles (<c>articles.txt</c>): a speaker mention that is only an article names no one.</summary>
    public required FrozenSet<string> Articles { get; init; }

    /// <summary>Class and id words that tell what a page element holds (<c>page-hints.tsv</c>), for main-content extraction.</summary>
    public required Documents.PageHints PageHints { get; init; }

    /// <summary>Labels of credit lines under pictures and charts ("Source", "Photo"), kept out of a page's analysed text.</summary>
    public required FrozenSet<string> CreditLabels { get; init; }

    /// <summary>
    /// The learnt cue model (<c>cue-model.tsv</c>): how likely a word outside the lexicon reports speech in its context.
    /// Empty when the file holds no weights.
    /// </summary>
    public required LinearModel CueModel { get; init; }

    /// <summary>
    /// The learnt statement model (<c>statement-model.tsv</c>): how likely a candidate statement is one an annotator
    /// would mark. Empty when the file holds no weights (candidates then keep their rules' confidence).
    /// </summary>
    public required LinearModel StatementModel { get; init; }

    /// <summary>
    /// The learnt pronoun model (<c>pronoun-model.tsv</c>, fitted on GAP, gender-blind): how likely a pronoun refers to a
    /// candidate name. Empty when the file holds no weights (then only the sure links are made).
    /// </summary>
    public required LinearModel PronounModel { get; init; }

    /// <summary>Maps from raw statement and speaker confidence to probabilities, by analyzer profile (calibration.tsv).</summary>
    public required CalibrationTable Calibration { get; init; }

    /// <summary>The data for a set of options: the shared default when the options add nothing.</summary>
    public static StatementKitData For(StatementKitOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.HasDataCustomisations ? Load(options) : Default;
    }

    private static StatementKitData Load(StatementKitOptions options)
    {
        var dir = options.DataDirectory;
        var comparer = StringComparer.OrdinalIgnoreCase;

        var cues = new Dictionary<string, CueVerb>(comparer);
        foreach (var row in DataFile.Rows("cue-verbs.tsv", dir))
        {
            AddCue(cues, row[0], row.Length > 1 ? row[1] : row[0], row.Length > 2 ? ParseCueClass(row[2]) : CueClass.Speech, row.Length > 3 ? ParseComplement(row[3]) : CueComplement.Clause,
                row.Length > 4 && row[4] == "to");
        }

        foreach (var form in options.AdditionalCueVerbs)
        {
            AddCue(cues, form, form, CueClass.Speech);
        }

        var titles = Pairs("titles.tsv", dir, comparer);
        var countryAdjectives = Pairs("country-adjectives.tsv", dir, comparer);
        var firstNames = new Dictionary<string, Gender>(comparer);
        foreach (var row in DataFile.Rows("first-names.tsv", dir))
        {
            firstNames[row[0]] = ParseGender(row.Length > 1 ? row[1] : "u");
        }

        foreach (var (name, gender) in options.AdditionalFirstNames)
        {
            firstNames[name] = gender;
        }

        var added = options.AdditionalStateMediaOutlets.Select(n => new NewsOutlet(n, n, string.Empty, "SC", string.Empty)).ToList();
        var outlets = DataFile.Rows("state-media.tsv", dir).Concat(DataFile.Rows("state-media-additions.tsv", dir))
            .Where(r => r.Length >= 4)
            .Select(r => new NewsOutlet(r[0], r[1], r[2], r[3], r.Length > 4 ? r[4] : string.Empty))
            .Concat(added)
            .Concat(DataFile.Rows("independent-outlets.tsv", dir)
                .Where(r => r.Length >= 2)
                .Select(r => new NewsOutlet(r[0], r[0], r[1], string.Empty, r.Length > 3 ? r[3] : string.Empty)))
            .ToList();
        var outletCues = new Dictionary<string, OutletCue>(comparer);
        foreach (var row in DataFile.Rows("outlet-cues.tsv", dir).Where(r => r.Length >= 2))
        {
            outletCues[row[0].Trim()] = outletCues.GetValueOrDefault(row[0].Trim()) | ParseOutletCue(row[1].Trim());
        }

        var bio = Words("bio-words.txt", dir);
        return new StatementKitData
        {
            CueVerbs = cues.ToFrozenDictionary(comparer),
            MaxCueWords = cues.Values.Select(c => c.WordCount).DefaultIfEmpty(1).Max(),
            Titles = titles.ToFrozenDictionary(comparer),
            MaxTitleWords = titles.Keys.Select(WordCount).DefaultIfEmpty(1).Max(),
            Honorifics = Pairs("honorifics.tsv", dir, comparer).ToFrozenDictionary(p => p.Key, p => ParseGender(p.Value), comparer),
            SubjectPronouns = DataFile.Rows("pronouns.tsv", dir).Where(r => r.Length > 3 && r[3] == "subject").Select(r => r[0]).ToFrozenSet(comparer),
            Pronouns = Pairs("pronouns.tsv", dir, comparer).ToFrozenDictionary(p => p.Key, p => p.Value.Length > 0 ? p.Value[0] : 'n', comparer),
            CountryAdjectives = countryAdjectives.ToFrozenDictionary(comparer),
            Countries = countryAdjectives.Values.ToFrozenSet(comparer),
            GroupNouns = Words("group-nouns.txt", dir).ToFrozenSet(comparer),
            MediaWords = Words("media-words.txt", dir).ToFrozenSet(comparer),
            Outlets = OutletCatalog.Create(outlets, DataFile.Rows("outlet-aliases.tsv", dir), added),
            OutletCues = outletCues.ToFrozenDictionary(comparer),
            ChromeLines = Pairs("chrome-lines.tsv", dir, comparer).ToFrozenDictionary(comparer),
            PlaceNameVariants = DataFile.Rows("place-name-variants.tsv", dir).Where(r => r.Length >= 2).Select(r => (r[0], r[1])).ToList(),
            BioWords = bio.Where(w => !w.StartsWith('-')).ToFrozenSet(comparer),
            BioSuffixes = bio.Where(w => w.StartsWith('-')).Select(w => w[1..]).ToList(),
            FirstNames = firstNames.ToFrozenDictionary(comparer),
            Abbreviations = Words("abbreviations.txt", dir).ToFrozenSet(comparer),
            NamingCues = Words("naming-cues.txt", dir).ToFrozenSet(comparer),
            NonSpeakerLabels = Words("non-speaker-labels.txt", dir).ToFrozenSet(comparer),
            AuthorVoicePronouns = Words("author-voice-pronouns.txt", dir).ToFrozenSet(comparer),
            Articles = Words("articles.txt", dir).ToFrozenSet(comparer),
            EnglishFunctionWords = Words("english-function-words.txt", dir).ToFrozenSet(comparer),
            PageHints = new Documents.PageHints(DataFile.Rows("page-hints.tsv", dir)),
            CreditLabels = Words("credit-labels.txt", dir).ToFrozenSet(comparer),
            NonCueWords = Words("non-cue-words.txt", dir).ToFrozenSet(comparer),
            CueTypes = Pairs("cue-types.tsv", dir, comparer).ToFrozenDictionary(p => p.Key, p => Enum.Parse<StatementType>(p.Value, ignoreCase: true), comparer),
            OrganisationWords = Words("organisation-words.txt", dir).ToFrozenSet(comparer),
            CorporateWords = Words("corporate-words.txt", dir).ToFrozenSet(comparer),
            NameParticles = Words("name-particles.txt", dir).ToFrozenSet(StringComparer.Ordinal),
            CompanyNouns = Group("organisation-kind-nouns.tsv", "company", dir).ToFrozenSet(StringComparer.Ordinal),
            GovernmentNouns = Group("organisation-kind-nouns.tsv", "government", dir).ToFrozenSet(StringComparer.Ordinal),
            OutletRoleStopWords = Words("outlet-role-stop-words.txt", dir).ToFrozenSet(comparer),
            GenderedNouns = Pairs("gendered-nouns.tsv", dir, comparer).ToFrozenDictionary(p => p.Key, p => ParseGender(p.Value), comparer),
            NounClasses = Pairs("noun-classes.tsv", dir, comparer).ToFrozenDictionary(p => p.Key, p => ParseNounClass(p.Value), comparer),
            ProperNouns = Pairs("proper-nouns.tsv", dir, StringComparer.Ordinal).ToFrozenDictionary(p => p.Key, p => ParseProperNounClass(p.Value), StringComparer.Ordinal),
            CueModel = LinearModel.FromRows(DataFile.Rows("cue-model.tsv", dir)),
            StatementModel = LinearModel.FromRows(DataFile.Rows("statement-model.tsv", dir)),
            PronounModel = LinearModel.FromRows(DataFile.Rows("pronoun-model.tsv", dir)),
            Calibration = CalibrationTable.FromRows(DataFile.Rows("calibration.tsv", dir)),
        };
    }

    private static void AddCue(Dictionary<string, CueVerb> cues, string form, string lemma, CueClass cueClass, CueComplement complement = CueComplement.Clause, bool takesInfinitive = false)
    {
        var trimmed = form.Trim();
        if (trimmed.Length > 0)
        {
            cues.TryAdd(trimmed, new CueVerb(trimmed, lemma, cueClass, WordCount(trimmed), complement, takesInfinitive));
        }
    }

    private static CueComplement ParseComplement(string value) => value switch
    {
        "that" => CueComplement.That,
        "object" => CueComplement.Object,
        _ => CueComplement.Clause,
    };

    private static NounClass ParseNounClass(string value) => value switch
    {
        "person" => NounClass.Person,
        "organisation" => NounClass.Organisation,
        "document" => NounClass.Document,
        _ => NounClass.Group,
    };

    private static ProperNounClass ParseProperNounClass(string value) => value switch
    {
        "place" => ProperNounClass.Place,
        "organisation" => ProperNounClass.Organisation,
        _ => ProperNounClass.Event,
    };

    private static OutletCue ParseOutletCue(string value) => value switch
    {
        "state" => OutletCue.State,
        "kind" => OutletCue.Kind,
        "publish" => OutletCue.Publish,
        "report" => OutletCue.Report,
        "venue" => OutletCue.Venue,
        _ => OutletCue.None,
    };

    private static CueClass ParseCueClass(string value) => value switch
    {
        "cognition" => CueClass.Cognition,
        "evidence" => CueClass.Evidence,
        "manner" => CueClass.Manner,
        _ => CueClass.Speech,
    };

    private static int WordCount(string phrase) => phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    private static Gender ParseGender(string code) => code switch
    {
        "m" or "male" => Gender.Male,
        "f" or "female" => Gender.Female,
        _ => Gender.Unknown,
    };

    private static Dictionary<string, string> Pairs(string file, string? dir, StringComparer comparer)
    {
        var pairs = new Dictionary<string, string>(comparer);
        foreach (var row in DataFile.Rows(file, dir))
        {
            pairs.TryAdd(row[0].Trim(), row.Length > 1 ? row[1].Trim() : string.Empty);
        }

        return pairs;
    }

    /// <summary>The second column of the rows of a group, tab, word file whose first column is <paramref name="group"/>.</summary>
    private static IEnumerable<string> Group(string file, string group, string? dir) =>
        DataFile.Rows(file, dir).Where(r => r.Length >= 2 && string.Equals(r[0].Trim(), group, StringComparison.Ordinal)).Select(r => r[1].Trim()).Where(w => w.Length > 0);

    private static List<string> Words(string file, string? dir) =>
        DataFile.Rows(file, dir).Select(r => r[0].Trim()).Where(w => w.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
}
