using StatementKit.Reliability;

namespace StatementKit.Tests.Reliability;

public sealed class RuleTests
{
    private static IReadOnlyList<ReliabilityFlag> Flags(string text, string code) =>
        Analyze.Text(text).Reliability.Flags.Where(f => f.Code == code).ToList();

    [Fact]
    public void Pronoun_gender_conflict_is_raised_with_evidence()
    {
        var flag = Assert.Single(Flags("Estonian Prime Minister Kaja Kallas spoke. According to the prime minister, aid is fine. He argued that training is fine. He added that drills are fine.", "pronoun-gender-conflict"));
        Assert.Equal(FlagSeverity.Warning, flag.Severity);
        Assert.Contains(flag.Evidence, e => e.Text == "He");
    }

    [Fact]
    public void A_single_conflicting_pronoun_is_only_informational()
    {
        var flag = Assert.Single(Flags("Estonian Prime Minister Kaja Kallas spoke. According to the prime minister, aid is fine. He argued that training is fine.", "pronoun-gender-conflict"));
        Assert.Equal(FlagSeverity.Info, flag.Severity);
    }

    [Fact]
    public void A_he_inside_a_womans_quote_is_no_conflict() =>
        Assert.Empty(Flags("Kaja Kallas spoke. “He is wrong about this,” she said of the president.", "pronoun-gender-conflict"));

    [Fact]
    public void Matching_pronouns_raise_no_conflict() =>
        Assert.Empty(Flags("Kaja Kallas spoke. “We are ready,” she said. She added that aid will continue.", "pronoun-gender-conflict"));

    /// <summary>Issue #11: a woman whose first name the lexicon calls male, called "she" throughout, got a warning.</summary>
    [Fact]
    public void The_first_name_lexicon_alone_never_outweighs_consistent_pronouns()
    {
        const string Story = "Robin Hart leads the council. “We will act,” Hart said. “The vote comes soon,” she said. "
            + "She added that the budget was sound. She said the roads would be fixed. She argued that taxes would stay low. "
            + "She noted that the park would open. “We are ready,” she said.";
        Assert.Empty(Flags(Story, "pronoun-gender-conflict"));

        // Two such pronouns are no pattern yet: against the lexicon they are reported (the rule can fail this way).
        Assert.NotEmpty(Flags("Robin Hart leads the council. “We will act,” Hart said. “The vote comes soon,” she said. "
            + "She added that the budget was sound.", "pronoun-gender-conflict"));
    }

    [Fact]
    public void A_flipped_pronoun_among_agreeing_ones_is_flagged_with_the_agreeing_evidence()
    {
        var flag = Assert.Single(Flags("Senator Marco Rubio spoke on Monday. Rubio said his plan was ready and his staff agreed.\n\n"
            + "“We will act,” Rubio said. “The vote comes soon,” she said.", "pronoun-gender-conflict"));
        Assert.Contains("other pronoun", flag.Message, StringComparison.Ordinal);
        Assert.Contains(flag.Evidence, e => e.Text == "she");
    }

    /// <summary>Seen on PolNeAR dev: with Ivanka and Donald Trump in one story, "Trump … he said" went to her; a guess, so no warning.</summary>
    [Fact]
    public void With_a_namesake_of_the_other_gender_a_conflict_is_only_informational()
    {
        var flags = Flags("Ivanka Trump presented the plan on Monday. Donald Trump watched.\n\n"
            + "“It helps families,” Trump said. He added that it was paid for. He said mothers would gain.", "pronoun-gender-conflict");
        Assert.All(flags, f => Assert.Equal(FlagSeverity.Info, f.Severity));
    }

    /// <summary>Seen on a Readability page: a sentence whose subject is "they" hands no subject on ("They stayed in touch with Lorenz. But she …").</summary>
    [Fact]
    public void A_sentence_led_by_a_plural_pronoun_is_not_about_the_person_it_names() =>
        Assert.Empty(Flags("Edward Lorenz ran the lab. “The weather is chaotic,” Lorenz said. He said the model was simple.\n\n"
            + "The couple moved to Colorado. They stayed in touch with Lorenz. But she did not realize how famous he had become.",
            "pronoun-gender-conflict"));

    [Fact]
    public void A_pronoun_after_a_person_noun_of_its_gender_is_no_conflict() =>
        Assert.Empty(Flags("Ted Cruz has said he spanks his daughter when she misbehaves. He said his family agreed.", "pronoun-gender-conflict"));

    [Fact]
    public void A_sentence_whose_subject_is_a_pronoun_of_someone_else_gives_no_evidence_about_the_person_it_names() =>
        Assert.Empty(Flags("Hillary Clinton spoke in Ohio.\n\nClinton praised workers. She criticised Donald Trump, though she did not name him.",
            "pronoun-gender-conflict"));

    [Theory]
    [InlineData("The stance was reported by RIA News.")]
    [InlineData("The claim was made on TV. [Source attribution: RIA News]")]
    [InlineData("The minister told TASS that talks would continue.")]
    [InlineData("According to Sputnik, the talks failed.")]
    public void State_media_origin(string text)
    {
        var flag = Assert.Single(Flags(text, "state-media-origin"));
        Assert.NotEmpty(flag.Evidence);
    }

    [Theory]
    [InlineData("According to LRT, the talks failed.")]
    [InlineData("She told The Financial Times that the talks failed.")]
    [InlineData("The riots spread to the Mir district.")]
    [InlineData("Photo. Source: Supplied\n\nRT crews filmed the scene.")]
    public void Independent_outlets_and_look_alikes_are_not_state_media(string text) =>
        Assert.Empty(Flags(text, "state-media-origin"));

    /// <summary>
    /// Seen on PolNeAR dev: an interview on CBS in one paragraph and the Charlotte Observer's finding in another were
    /// reported as a third-hand chain. Outlets cited for separate things are second-hand sources, not a chain.
    /// </summary>
    [Fact]
    public void A_venue_and_a_relay_in_separate_paragraphs_are_no_chain()
    {
        var flag = Assert.Single(Flags("In an interview on CBS, Senator Anna Berg said the city was calm.\n\n"
            + "Residents were divided, the Charlotte Observer reported.", "secondhand-attribution"));
        Assert.Equal(FlagSeverity.Info, flag.Severity);
    }

    [Fact]
    public void Secondhand_attribution_exposes_the_chain_in_order()
    {
        var analysis = Analyze.Text("Kaja Kallas believes that aid is fine. She said this in an interview with The Financial Times, LRT reports.");
        var flag = Assert.Single(analysis.Reliability.Flags, f => f.Code == "secondhand-attribution");
        Assert.Equal(["Financial Times", "LRT"], analysis.Reliability.AttributionChain);
        Assert.Contains("Financial Times → LRT", flag.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Own_reporting_is_not_secondhand() =>
        Assert.Empty(Flags("“We are ready,” Kaja Kallas told reporters in Tallinn.", "secondhand-attribution"));

    [Fact]
    public void Fake_author_bio_by_shape()
    {
        Assert.Single(Flags("Story.\n\nCoffee evangelist. Bacon fanatic. Music guru. Proud reader.", "fake-author-bio"));
        Assert.Empty(Flags("Story.\n\nShe is a reporter. She covers politics in Tallinn for our newspaper every day.", "fake-author-bio"));
    }

    [Fact]
    public void Content_farm_chrome()
    {
        var flag = Assert.Single(Flags("Story text.\n\nPrevious Article\n\nStar Steps Out After Show\n\nNext Article\n\nLeave a Comment", "content-farm-chrome"));
        Assert.Contains(flag.Evidence, e => e.Text == "Star Steps Out After Show");
        Assert.Empty(Flags("The previous article in this series covered next steps.", "content-farm-chrome"));
        Assert.Empty(Flags("Story text.\n\nNext Article\n\nA Headline Elsewhere", "content-farm-chrome"));
    }

    [Fact]
    public void No_direct_quotes_only_when_people_are_reported()
    {
        Assert.Single(Flags("Kaja Kallas said that aid is fine. Kaja Kallas added that training is fine.", "no-direct-quotes"));
        Assert.Empty(Flags("Kaja Kallas said that aid is fine. “Training is fine,” she added.", "no-direct-quotes"));
        Assert.Empty(Flags("The weather was fine.", "no-direct-quotes"));
    }

    [Fact]
    public void Inconsistent_place_names()
    {
        var flag = Assert.Single(Flags("Troops left Kiev. Later, Kyiv was calm.", "inconsistent-place-names"));
        Assert.Equal(FlagSeverity.Info, flag.Severity);
        Assert.Empty(Flags("Troops left Kyiv. Later, Kyiv was calm.", "inconsistent-place-names"));
    }

    [Fact]
    public void Disabled_rules_and_severity_overrides_apply()
    {
        var analyzer = StatementAnalyzer.CreateDefault(o =>
        {
            o.DisabledRules.Add("inconsistent-place-names");
            o.SeverityOverrides["content-farm-chrome"] = FlagSeverity.Critical;
        });
        var analysis = analyzer.Analyze(Article.FromText("Kiev and Kyiv.\n\nPrevious Article\n\nNext Article"));
        Assert.DoesNotContain(analysis.Reliability.Flags, f => f.Code == "inconsistent-place-names");
        Assert.Equal(FlagSeverity.Critical, Assert.Single(analysis.Reliability.Flags).Severity);
        Assert.Equal(60, analysis.Reliability.Score);
        Assert.Equal(ReliabilityLevel.Medium, analysis.Reliability.Level);
    }

    [Fact]
    public void User_rules_run_beside_the_built_in_ones()
    {
        var analyzer = new StatementAnalyzerBuilder().ClearDefaultRules().AddRule(new EveryArticleRule()).Build();
        var flag = Assert.Single(analyzer.Analyze(Article.FromText("Kiev and Kyiv.")).Reliability.Flags);
        Assert.Equal("every-article", flag.Code);
    }

    private sealed class EveryArticleRule : IReliabilityRule
    {
        public string Code => "every-article";

        public IEnumerable<ReliabilityFlag> Evaluate(ReliabilityContext context)
        {
            yield return new ReliabilityFlag(Code, FlagSeverity.Info, "Always.", []);
        }
    }
}
