using StatementKit.Data;
using StatementKit.Reliability;
using StatementKit.Reliability.Outlets;

namespace StatementKit.Tests.Reliability;

/// <summary>Outlet recognition and relay detection: one case per phrasing family and per false alarm of issue 11.</summary>
public sealed class OutletTests
{
    private static IReadOnlyList<ReliabilityFlag> Flags(string text, string code) =>
        Analyze.Text("Officials met in Geneva on Monday.\n\n" + text).Reliability.Flags.Where(f => f.Code == code).ToList();

    [Theory]
    [InlineData("Xinhua reported that the talks would resume next week.")]                               // subject of a reporting verb
    [InlineData("The Korean Central News Agency published the figures on Monday.")]                      // subject of a publishing verb
    [InlineData("The talks would resume next week, KCNA said on Tuesday.")]                              // trailing attribution
    [InlineData("The figures were first published by the Korean Central News Agency.")]                  // passive agent
    [InlineData("The claim was carried by Press TV late on Sunday.")]                                    // passive agent, publishing verb
    [InlineData("The ministry said the plan was ready, citing Belta.")]                                  // citing
    [InlineData("According to Sputnik, the talks failed.")]                                              // according to
    [InlineData("Anadolu said the vote was delayed.")]                                                   // one-word short name
    [InlineData("Tasnim quoted a senior official as saying the border was closed.")]                     // short name from "Tasnim News Agency"
    [InlineData("The minister told TASS that talks would continue.")]                                    // venue
    [InlineData("WAM's report said the vote had been postponed.")]                                       // possessive of a report noun
    [InlineData("The talks collapsed, the Chinese state news agency reported.")]                         // a description alone
    [InlineData("Iranian state TV said the border was closed.")]                                         // a description alone, short kind
    [InlineData("Bakhtar, the country's official news agency, said the road had reopened.")]            // described by an apposition
    [InlineData("The Rossiyskaya Gazeta reported that the vote was delayed.")]                           // full name
    [InlineData("Rossiiskaya Gazeta reported that the vote was delayed.")]                               // transliteration variant
    [InlineData("The stance was reported by RIA News.")]                                                 // reviewed alias
    [InlineData("The claim was made on TV. [Source attribution: RIA News]")]                             // source line
    public void State_outlets_as_sources_are_flagged(string sentence)
    {
        var flag = Assert.Single(Flags(sentence, "state-media-origin"));
        Assert.NotEmpty(flag.Evidence);
    }

    [Theory]
    [InlineData("In an interview with the Star, she said she would run again.")]                        // ambiguous short name, alone
    [InlineData("She told the Star, a Canadian daily, that she would run again.")]                       // ambiguous name, another country
    [InlineData("According to Dr. Smith, the drug works.")]                                              // no outlet at all
    [InlineData("Oil output, 2015–2016\n\nSource: Reuters")]                                             // a chart credit
    [InlineData("Reuters reported that the talks would resume next week.")]                              // an independent wire
    [InlineData("Norway's state broadcaster NRK said the talks had failed.")]                            // the data's typology wins
    [InlineData("Several former RT journalists have complained about their editors.")]                   // an outlet qualifying a noun
    [InlineData("The People's Party said it would vote against the plan.")]                              // a word of an outlet's name
    [InlineData("Photo. Source: Supplied\n\nRT crews filmed the scene.")]                                 // a credit and a mention
    public void Independent_outlets_and_look_alikes_are_not_state_media(string sentence) =>
        Assert.Empty(Flags(sentence, "state-media-origin"));

    [Fact]
    public void An_ambiguous_name_counts_with_a_country_adjective() =>
        Assert.Single(Flags("The Jordanian news agency Petra reported that the border was closed.", "state-media-origin"));

    [Fact]
    public void An_ambiguous_name_counts_when_the_full_name_is_elsewhere() =>
        Assert.Single(Flags("The Fars News Agency is close to the army. Fars reported that the border was closed.", "state-media-origin"));

    [Theory]
    [InlineData("According to Dr. Smith, the drug works.")]
    [InlineData("Oil output, 2015–2016\n\nSource: Reuters")]
    [InlineData("“We are ready,” Kaja Kallas told reporters in Tallinn.")]
    public void No_relay_without_an_outlet_as_source(string sentence) =>
        Assert.Empty(Flags(sentence, "secondhand-attribution"));

    [Fact]
    public void A_source_line_at_the_end_is_a_relay() =>
        Assert.Single(Flags("The ministry said the plan was ready on Monday, and officials agreed.\n\nSource: Reuters", "secondhand-attribution"));

    [Fact]
    public void The_publisher_is_never_its_own_relay()
    {
        var analyzer = StatementAnalyzer.CreateDefault();
        var article = Article.FromText("Officials met.\n\nReuters reported that the talks would resume.") with { Publisher = "Reuters" };
        Assert.DoesNotContain(analyzer.Analyze(article).Reliability.Flags, f => f.Code == "secondhand-attribution");
    }

    [Fact]
    public void Aliases_fold_case_diacritics_and_transliteration()
    {
        Assert.Equal(OutletNameFold.Fold("Pervyy Kanal"), OutletNameFold.Fold("Perviy kanal"));
        Assert.Equal(OutletNameFold.Fold("Agência Brasil"), OutletNameFold.Fold("Agencia Brasil"));
        Assert.Equal(OutletNameFold.Fold("People Daily"), OutletNameFold.Fold("People’s Daily"));
        Assert.NotEqual(OutletNameFold.Fold("Star"), OutletNameFold.Fold("Stars"));
    }

    [Fact]
    public void The_catalog_knows_every_state_media_outlet_and_the_publishers()
    {
        var data = StatementKitData.Default;
        Assert.True(data.Outlets.Outlets.Count(o => o.IsStateControlled) > 1000);
        Assert.Equal("Reuters", data.Outlets.Resolve("Reuters")?.Name);
        Assert.True(data.Outlets.Resolve("ria.ru")?.IsStateControlled);
        Assert.Null(data.Outlets.Resolve("Star"));
    }

    [Fact]
    public void An_outlet_described_in_an_apposition_does_not_throw()
    {
        // Found by the reliability-variants set on PolNeAR train: the description of one name overlapped the next.
        var analysis = Analyze.Text("The plant closed.\n\nNTB, the Norwegian news agency, reported that the factory had stopped production.");
        Assert.Contains(analysis.Reliability.Flags, f => f.Code == "secondhand-attribution");
    }
}
