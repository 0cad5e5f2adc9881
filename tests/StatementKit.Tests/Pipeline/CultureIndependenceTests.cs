using System.Globalization;
using System.Text.Json;

namespace StatementKit.Tests.Pipeline;

/// <summary>
/// Results never depend on the current culture: every comparison, case change and number in the library is ordinal or
/// invariant. The repository builds with <c>InvariantGlobalization</c>, where every culture behaves as the invariant
/// one and such a test proves nothing; this test project turns it off (ICU loaded), as an application that references
/// the package usually does, so that tr-TR (dotted and dotless i: "I".ToLower() is "ı") and de-DE (decimal comma,
/// "ß") really are in force while the articles are read, including the data files loaded under that culture.
/// </summary>
public sealed class CultureIndependenceTests
{
    // Words whose case changes differ under Turkish rules (I/ı, İ/i), German letters, and numbers with decimals, in
    // the constructions the scanners and the speaker resolver read (titles, honorifics, cues, pronouns, outlets).
    private const string CultureSensitiveText =
        "ISTANBUL — Interior Minister Ilhan Içli said on Friday that “INFLATION IS 3.5 PERCENT, NOT 4,2 PERCENT.”\n\n" +
        "“It is in line with our aims,” Içli said. Mr. Içli, 61, added that the İzmir office will hire staff.\n\n" +
        "Dr. Ingrid Weiß, a professor in Gießen, told RIA Novosti that the figures “IMPLY A STRAIGHT INCREASE.” She said " +
        "prices in İstanbul rose. ACCORDING TO officials in Iran, the talks are over, Interfax reported.\n";

    public static TheoryData<string> Cultures() => ["tr-TR", "de-DE", "az-Latn-AZ"];

    [Fact]
    public void Globalization_is_not_invariant_in_this_test_project() =>
        Assert.Equal("ı", "I".ToLower(CultureInfo.GetCultureInfo("tr-TR")));

    [Theory]
    [MemberData(nameof(Cultures))]
    public void Results_are_the_same_under_any_current_culture(string culture)
    {
        var articles = Inputs();
        var expected = AnalyzeAll(articles, CultureInfo.InvariantCulture);
        var actual = AnalyzeAll(articles, CultureInfo.GetCultureInfo(culture));
        Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.Equal(expected[i], actual[i]);
        }

        // The test can fail: the text is one a culture-sensitive comparison would read differently.
        Assert.NotEqual("ISTANBUL".ToLower(CultureInfo.GetCultureInfo("tr-TR")), "ISTANBUL".ToLowerInvariant());
    }

    private static List<Article> Inputs()
    {
        var fixtures = Path.Combine(AppContext.BaseDirectory, "Fixtures");
        return
        [
            Article.FromText(CultureSensitiveText),
            .. Directory.GetFiles(fixtures, "*.txt").Order(StringComparer.Ordinal).Select(f => Article.FromText(File.ReadAllText(f))),
            .. Directory.GetFiles(Path.Combine(fixtures, "Pages"), "*.html").Order(StringComparer.Ordinal).Select(f => Article.FromHtml(File.ReadAllText(f))),
        ];
    }

    /// <summary>Each article's analysis as JSON, with the culture current while the data is loaded and the articles read.</summary>
    private static List<string> AnalyzeAll(List<Article> articles, CultureInfo culture)
    {
        var (previous, previousUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = culture;
        try
        {
            // A first name that none of the texts holds makes the analyzer load its own data under this culture.
            var analyzer = new StatementAnalyzerBuilder().Configure(o => o.AdditionalFirstNames["Qzxwvutsrq"] = Gender.Female).Build();
            return [.. articles.Select(a => JsonSerializer.Serialize(analyzer.Analyze(a)))];
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
            CultureInfo.CurrentUICulture = previousUi;
        }
    }
}
