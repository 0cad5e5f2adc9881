using StatementKit.Speakers;

namespace StatementKit.Tests.Speakers;

public sealed class SpeakerRegistryTests
{
    [Theory]
    [InlineData(1, 0, 0, 0, Gender.Female)]
    [InlineData(2, 1, 0, 5, Gender.Female)]
    [InlineData(1, 1, 0, 0, Gender.Unknown)]
    [InlineData(1, 1, 0, 3, Gender.Male)]
    [InlineData(0, 0, 1, 0, Gender.Unknown)]
    [InlineData(0, 0, 2, 0, Gender.Female)]
    [InlineData(0, 0, 2, 1, Gender.Unknown)]
    [InlineData(0, 0, 3, 1, Gender.Female)]
    [InlineData(0, 0, 1, 3, Gender.Male)]
    public void Gender_is_decided_by_honorifics_then_by_pronouns_of_several_articles(
        int femaleHonorific, int maleHonorific, int femalePronouns, int malePronouns, Gender expected)
    {
        var evidence = new SpeakerEvidence("Riley Havel")
        {
            Articles = 9,
            FemaleHonorific = femaleHonorific,
            MaleHonorific = maleHonorific,
            FemalePronouns = femalePronouns,
            MalePronouns = malePronouns,
        };
        Assert.Equal(expected, evidence.Gender);
    }

    [Fact]
    public void First_names_alone_never_decide()
    {
        Assert.Equal(Gender.Unknown, new SpeakerEvidence("Anna Berg") { Articles = 50, FemaleFirstName = 50 }.Gender);
    }

    [Fact]
    public void An_article_gives_each_kind_of_evidence_once_and_its_pronoun_majority()
    {
        var analysis = Analyze.Text(
            "Ms Sasha Varga met Jamie Okafor. “Fine,” Sasha Varga said. “Really fine,” she added. “Truly,” she said. " +
            "“Odd,” he said.\n\n“Late,” Jamie Okafor said. “Very late,” she said. “Sorry,” he said.");
        var evidence = SpeakerEvidence.From(analysis);
        var varga = Assert.Single(evidence, e => e.Name == "Sasha Varga");
        Assert.Equal(new SpeakerEvidence("Sasha Varga") { Articles = 1, FemaleHonorific = 1, FemalePronouns = 1 }, varga);
        Assert.DoesNotContain(evidence, e => e.Name == "Jamie Okafor" && (e.FemalePronouns > 0 || e.MalePronouns > 0));
        Assert.Equal(evidence.Select(e => e.Name).Order(StringComparer.Ordinal), evidence.Select(e => e.Name));
    }

    [Fact]
    public void What_an_article_records_ignores_what_the_registry_told_it()
    {
        var registry = new InMemorySpeakerRegistry();
        registry.Record([new SpeakerEvidence("Taylor Moreau") { Articles = 1, MaleHonorific = 1 }]);
        var analyzer = new StatementAnalyzerBuilder().UseSpeakerRegistry(registry).Build();
        var analysis = analyzer.Analyze(Article.FromText("Taylor Moreau spoke. “Yes,” Taylor Moreau said."));
        Assert.Contains(analysis.Entities.Single(e => e.Name == "Taylor Moreau").GenderEvidence, e => e.Source == GenderEvidenceSource.Registry);
        Assert.Empty(SpeakerEvidence.From(analysis));
        Assert.Equal(new SpeakerEvidence("Taylor Moreau") { Articles = 1, MaleHonorific = 1 }, Assert.Single(registry.Snapshot()));
    }

    [Fact]
    public void Pronouns_of_two_articles_carry_over_to_a_third()
    {
        var registry = new InMemorySpeakerRegistry();
        var analyzer = new StatementAnalyzerBuilder().UseSpeakerRegistry(registry).Build();
        const string Pronouns = "Reese Brennan arrived. “It is done,” Reese Brennan said. “Nothing more,” she added.";
        analyzer.Analyze(Article.FromText(Pronouns));
        Assert.False(registry.TryGetGender("Reese Brennan", out _));
        analyzer.Analyze(Article.FromText(Pronouns));
        var third = analyzer.Analyze(Article.FromText("Reese Brennan left. “Ask again,” Reese Brennan told reporters."));
        Assert.Equal(Gender.Female, third.Entities.Single(e => e.Name == "Reese Brennan").Gender);
    }

    [Fact]
    public async Task Two_workers_fed_the_same_articles_in_different_orders_end_with_the_same_state()
    {
        var articles = RegistryArticles.Batch(120);
        var first = new InMemorySpeakerRegistry();
        var second = new InMemorySpeakerRegistry();
        var forward = new StatementAnalyzerBuilder().UseSpeakerRegistry(first).Build();
        var shuffled = new StatementAnalyzerBuilder().UseSpeakerRegistry(second).Build();

        var worker1 = Task.Run(() => forward.AnalyzeAll(articles).Count());
        var worker2 = Task.Run(() => shuffled.AnalyzeMany(articles.OrderBy(a => a.Content.Length * 31 % 17).ThenByDescending(a => a.Content, StringComparer.Ordinal),
            new BatchAnalysisOptions { MaxDegreeOfParallelism = 2, RoundSize = 7 }).Count());
        var counts = await Task.WhenAll(worker1, worker2);
        Assert.Equal([120, 120], counts);

        var state = first.Snapshot();
        Assert.True(state.Count >= 20, $"only {state.Count} names recorded");
        Assert.Contains(state, e => e.Gender != Gender.Unknown);
        Assert.Equal(state, second.Snapshot());
    }

    [Fact]
    public void Concurrent_records_lose_no_update()
    {
        var registry = new InMemorySpeakerRegistry();
        var evidence = new[] { new SpeakerEvidence("Jamie Tanaka") { Articles = 1, FemalePronouns = 1 }, new SpeakerEvidence("Riley Havel") { Articles = 1, MaleHonorific = 1 } };
        Parallel.For(0, 4, new ParallelOptions { MaxDegreeOfParallelism = 4 }, _ =>
        {
            for (var i = 0; i < 5_000; i++)
            {
                registry.Record(evidence);
            }
        });
        var found = registry.Find(["Jamie Tanaka", "Riley Havel", "Nobody Here"]);
        Assert.Equal(20_000, found["Jamie Tanaka"].FemalePronouns);
        Assert.Equal(20_000, found["Riley Havel"].Articles);
        Assert.False(found.ContainsKey("Nobody Here"));
    }

    [Fact]
    public void A_full_registry_keeps_counting_the_names_it_holds_and_adds_no_new_one()
    {
        var registry = new InMemorySpeakerRegistry(maxNames: 1);
        registry.Record([new SpeakerEvidence("Jamie Tanaka") { Articles = 1 }, new SpeakerEvidence("Riley Havel") { Articles = 1 }]);
        registry.Record([new SpeakerEvidence("Jamie Tanaka") { Articles = 1 }]);
        Assert.Equal(new SpeakerEvidence("Jamie Tanaka") { Articles = 2 }, Assert.Single(registry.Snapshot()));
        Assert.Throws<ArgumentOutOfRangeException>(() => new InMemorySpeakerRegistry(0));
    }

    [Fact]
    public void Negative_counts_and_overlong_names_are_not_recorded()
    {
        var registry = new InMemorySpeakerRegistry();
        registry.Record([new SpeakerEvidence("Jamie Tanaka") { Articles = 1, MalePronouns = -5 }, new SpeakerEvidence(new string('x', 201)) { Articles = 1 }, null!]);
        Assert.Empty(registry.Snapshot());
    }

    [Fact]
    public void Evidence_of_different_names_does_not_add_up()
    {
        Assert.Throws<ArgumentException>(() => new SpeakerEvidence("A B").Plus(new SpeakerEvidence("C D")));
    }
}
