using StatementKit.Speakers;

namespace StatementKit.Tests.Speakers;

public sealed class AttributionTests
{
    [Fact]
    public void Aliases_collapse_to_one_canonical_entity()
    {
        var analysis = Analyze.Text("Prime Minister Jonas Gahr Støre met the press. Later Prime Minister Gahr Støre spoke. “It was fine,” Støre said.");
        var entity = Assert.Single(analysis.Entities, e => e.Kind == EntityKind.Person);
        Assert.Equal("Jonas Gahr Støre", entity.Name);
        Assert.Contains("Gahr Støre", entity.Aliases);
        Assert.Equal("Jonas Gahr Støre", Analyze.Single(analysis, StatementKind.Direct).Speaker?.Name);
    }

    [Fact]
    public void Name_before_a_long_apposition_is_the_speaker()
    {
        var analysis = Analyze.Text("“It has the important virtue of being responsible,” Leonard Burman, director of the Tax Policy Center "
            + "and a professor at the Maxwell School of Syracuse University, said of the plan.");
        var statement = Analyze.Single(analysis, StatementKind.Direct);
        Assert.Equal("Leonard Burman", statement.Speaker?.Mention?.Text);
        Assert.Equal("said", statement.Cue?.Text);
    }

    [Fact]
    public void Parenthesis_after_a_name_is_stepped_over()
    {
        var analysis = Analyze.Text("“It is a dog whistle to all Americans,” Rep. Gwen Moore (D-Wis.) said Friday.");
        Assert.Equal("Rep. Gwen Moore", Analyze.Single(analysis, StatementKind.Direct).Speaker?.Mention?.Text);
    }

    [Fact]
    public void Dash_signature_after_a_quote_names_the_speaker()
    {
        var analysis = Analyze.Text("Readers wrote to us.\n\n“Maybe we can build a wall around the whole debate.” ― Steve Quinlan\n\n“Nothing changed for us this year.” ― Martha Aguilar.");
        Assert.Equal("Steve Quinlan", Analyze.Containing(analysis, "build a wall").Speaker?.Mention?.Text);
        Assert.Equal("Martha Aguilar", Analyze.Containing(analysis, "Nothing changed").Speaker?.Mention?.Text);
    }

    [Fact]
    public void Dash_after_a_quote_without_a_name_names_nobody()
    {
        var analysis = Analyze.Text("“Maybe we can build a wall around the whole debate.” ― and the hall went quiet after that.");
        Assert.Null(Analyze.Containing(analysis, "build a wall").Speaker?.Mention);
    }

    [Fact]
    public void Continuation_skips_a_statement_reported_inside_another()
    {
        var analysis = Analyze.Text("Anna Berg said that if the council endorsed the plan, taxes would rise.\n\n“We will not allow that,” the text went on.");
        Assert.Equal("Anna Berg", Analyze.Containing(analysis, "We will not allow that").Speaker?.Name);
    }

    [Fact]
    public void Subject_before_a_participle_clause_is_the_speaker_and_object_verbs_never_invert()
    {
        var analysis = Analyze.Text("Anna Berg, appearing after Lars Vik at the forum, cited problems in the Middle East.");
        var statement = Analyze.Single(analysis, StatementKind.Indirect);
        Assert.Equal("problems in the Middle East", statement.Content.Text);
        Assert.Equal("Anna Berg", statement.Speaker?.Mention?.Text);
    }

    [Theory]
    [InlineData("Lena Ruud, who lost her farm near Tromsø, Norway, in the spring of 2019, said the fund came too late.", "Lena Ruud")]
    [InlineData("Rep. Lena Ruud (D-Ore.), who wrote a bill this month aimed at helping farmers in Western Oregon, said the fund came too late.", "Lena Ruud")]
    [InlineData("The Farmers Union, which sued the state in Salem, Oregon, last year, said the fund came too late.", "Farmers Union")]
    [InlineData("In a later note, Lena Ruud, head of the regional farmers union, said the fund came too late.", "Lena Ruud")]
    public void A_relative_clause_or_apposition_between_the_subject_and_its_verb_is_stepped_over(string text, string speaker)
    {
        var statement = Analyze.Containing(Analyze.Text(text), "the fund came too late");
        Assert.Contains(speaker, statement.Speaker?.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void An_inverted_attribution_after_a_list_of_places_stays_inverted()
    {
        var analysis = Analyze.Text("Growth slowed in Europe, Asia and Africa, said Lena Ruud, an economist at the bank.");
        var statement = Analyze.Containing(analysis, "Growth slowed");
        Assert.Equal("Lena Ruud", statement.Speaker?.Name);
    }

    [Theory]
    [InlineData("Following a long meeting in Bergen last week, Lena Ruud thanked the staff and said the fund came too late.")]
    [InlineData("Speaking Sunday on national radio, Lena Ruud thanked the staff but said the fund came too late.")]
    [InlineData("After a long meeting in Bergen with the staff last week, Lena Ruud met the press and said the fund came too late.")]
    [InlineData("BERGEN — Lena Ruud defended the budget on Sunday, saying the fund came too late.")]
    [InlineData("TROMSØ, Norway (Reuters) — Lena Ruud defended the budget on Sunday, saying the fund came too late.")]
    [InlineData("Asked about the budget, Lena Ruud defended it and said the fund came too late.")]
    [InlineData("Along with two aides, Lena Ruud defended the budget and said the fund came too late.")]
    public void A_dateline_or_an_opening_clause_is_no_speaker_of_a_coordinated_verb(string text)
    {
        var statement = Analyze.Containing(Analyze.Text(text), "the fund came too late");
        Assert.Equal("Lena Ruud", statement.Speaker?.Name);
    }

    [Theory]
    [InlineData("Pastor Lena Ruud defended the plan. “It was fair,” Ruud said.")]
    [InlineData("Rabbi Lena Ruud defended the plan. “It was fair,” Ruud said.")]
    public void A_religious_title_is_no_part_of_the_name(string text)
    {
        var analysis = Analyze.Text(text);
        Assert.Equal("Lena Ruud", Analyze.Single(analysis, StatementKind.Direct).Speaker?.Name);
        Assert.Equal("Lena Ruud", Assert.Single(analysis.Entities, e => e.Kind == EntityKind.Person).Name);
    }

    [Fact]
    public void A_surname_speaker_takes_the_full_name_written_before_with_an_unknown_given_name()
    {
        // "Oddveig" is in no first-name list: the name finder leaves "Oddveig Lien" alone, and the speaker phrase "Lien"
        // made a person of its own.
        var analysis = Analyze.Text("A letter from Oddveig Lien reached the council on Monday. In a later note, Lien, head of the regional farmers union, "
            + "said the fund came too late.");
        var statement = Analyze.Containing(analysis, "the fund came too late");
        Assert.Equal("Oddveig Lien", statement.Speaker?.Name);
        Assert.Contains(analysis.Entities[statement.Speaker!.EntityIndex].Mentions, m => m.Excerpt.Text == "Oddveig Lien");
    }

    [Fact]
    public void An_ampersand_in_a_firm_name_keeps_the_apposition_whole()
    {
        var analysis = Analyze.Text("Oddvar Lind, an analyst at Fjord Point Research & Trading, said the banks would shrink.");
        Assert.Equal("Oddvar Lind", Analyze.Containing(analysis, "the banks would shrink").Speaker?.Name);
    }

    [Fact]
    public void A_lower_case_role_before_an_unknown_name_gives_the_person()
    {
        var analysis = Analyze.Text("“Thanks for welcoming us,” said master of ceremonies Asab Haddadi, an engineer who moved here decades ago.");
        var speaker = Analyze.Single(analysis, StatementKind.Direct).Speaker;
        Assert.Equal("Asab Haddadi", speaker?.Name);
        Assert.Equal(AttributionMethod.Name, speaker?.Method);
    }

    [Fact]
    public void An_indefinite_descriptor_is_nobody_named_before()
    {
        var analysis = Analyze.Text("Lena Ruud opened the plant on Monday. “We tried,” said a spokesman for the Fjord Steel Company.");
        var speaker = Analyze.Single(analysis, StatementKind.Direct).Speaker;
        Assert.NotEqual("Lena Ruud", speaker?.Name);
        Assert.Equal(-1, speaker?.EntityIndex);
    }

    [Fact]
    public void A_person_of_an_institution_is_the_person()
    {
        var analysis = Analyze.Text("Another pollster, Lena Ruud of Bergen State University, said her survey showed support holding steady.");
        var statement = Analyze.Containing(analysis, "her survey showed");
        Assert.Equal("Lena Ruud", statement.Speaker?.Name);
        Assert.Equal(EntityKind.Person, analysis.Entities[statement.Speaker!.EntityIndex].Kind);
    }

    [Theory]
    [InlineData("But")]
    [InlineData("And")]
    [InlineData("Yet")]
    public void A_connective_opening_the_sentence_does_not_hide_the_name_before_an_apposition(string connective)
    {
        var analysis = Analyze.Text($"Anna Berg spoke first.\n\n{connective} Lars Dahl, a Democrat, said he worried about the vote.");
        var statement = Analyze.Containing(analysis, "he worried about the vote");
        Assert.Equal("Lars Dahl, a Democrat", statement.Speaker?.Mention?.Text);
        Assert.Equal("Lars Dahl", statement.Speaker?.Name);
    }

    [Theory]
    [InlineData("Lars Dahl, a spokesman for the Mine Workers of North America, said taxes would rise.", "Lars Dahl")]
    [InlineData("The court’s chief judge, Anna Berg, said taxes would rise.", "Anna Berg")]
    [InlineData("“Taxes will rise,” Rep. Anna Berg (D-Wis.) said on Monday.", "Anna Berg")]
    public void A_mention_with_an_apposition_resolves_to_the_name_it_holds(string text, string speaker)
    {
        var statement = Assert.Single(Analyze.Text(text).Statements);
        Assert.Equal(speaker, statement.Speaker?.Name);
    }

    [Fact]
    public void Person_names_leave_out_possessives_headline_verbs_and_institutions()
    {
        var analysis = Analyze.Text("Anna Berg Calls Lars Vik Wrong on Taxes.\n\nAnna Berg’s campaign said on Monday that taxes would fall. "
            + "The Lars Vik Presidential Center said the study was sound. Anna Berg said taxes would fall.");
        var people = analysis.Entities.Where(e => e.Kind == EntityKind.Person).Select(e => e.Name).ToList();
        Assert.Contains("Anna Berg", people);
        Assert.DoesNotContain(people, name => name.Contains("Calls", StringComparison.Ordinal) || name.Contains('’') || name.Contains("Center", StringComparison.Ordinal));
        Assert.DoesNotContain("Lars Vik", people);
    }

    [Fact]
    public void A_negated_auxiliary_is_no_part_of_the_speaker()
    {
        var statement = Analyze.Single(Analyze.Text("Anna Berg doesn’t think that taxes will rise."), StatementKind.Indirect);
        Assert.Equal("Anna Berg", statement.Speaker?.Mention?.Text);
    }

    [Fact]
    public void Honorific_and_surname_resolve_as_alias()
    {
        var analysis = Analyze.Text("NATO Secretary General Jens Stoltenberg arrived. “Attacks must stop,” said Mr Stoltenberg.");
        var speaker = Analyze.Single(analysis, StatementKind.Direct).Speaker!;
        Assert.Equal("Jens Stoltenberg", speaker.Name);
        Assert.Equal(AttributionMethod.Alias, speaker.Method);
    }

    [Fact]
    public void Title_resolves_through_roles()
    {
        var analysis = Analyze.Text("NATO Secretary General Jens Stoltenberg arrived. The Secretary General concluded: “Violence sets the region back.”");
        var speaker = Analyze.Single(analysis, StatementKind.Direct).Speaker!;
        Assert.Equal("Jens Stoltenberg", speaker.Name);
        Assert.Equal(AttributionMethod.Title, speaker.Method);
    }

    [Theory]
    [InlineData("Lars Vik, a retired surgeon, and Anna Berg met the press on Monday.", "the surgeon", "Lars Vik")]
    [InlineData("The governor, Lars Vik, and the mayor, Anna Berg, met the press on Monday.", "the governor", "Lars Vik")]
    [InlineData("The governor, Lars Vik, and the mayor, Anna Berg, met the press on Monday.", "the mayor", "Anna Berg")]
    public void A_descriptor_refers_back_to_what_an_apposition_said_of_a_person(string introduction, string descriptor, string speaker)
    {
        var analysis = Analyze.Text($"{introduction}\n\n“We are ready,” {descriptor} said.");
        Assert.Equal(speaker, Analyze.Single(analysis, StatementKind.Direct).Speaker?.Name);
    }

    [Fact]
    public void A_descriptor_that_says_what_a_description_does_not_is_not_that_person()
    {
        var analysis = Analyze.Text("Lars Vik, a former Oslo surgeon, and Anna Berg met the press on Monday.\n\n“We are ready,” the Bergen surgeon said.");
        Assert.NotEqual("Lars Vik", Analyze.Single(analysis, StatementKind.Direct).Speaker?.Name);
    }

    [Theory]
    [InlineData("A new poll by the Nordic Institute found that most residents backed the bridge.", "Nordic Institute")]
    [InlineData("A new Nordic Institute poll found that most residents backed the bridge.", "Nordic Institute")]
    [InlineData("A new poll found that most residents backed the bridge.", "The poll")]
    public void The_document_refers_back_to_the_publisher_named_with_it(string first, string speaker)
    {
        var analysis = Analyze.Text($"{first}\n\nThe poll also showed that support was lower in rural areas.");
        Assert.Equal(speaker, Analyze.Containing(analysis, "support was lower in rural areas").Speaker?.Name);
    }

    [Fact]
    public void Descriptor_with_country_picks_the_matching_role_holder()
    {
        var analysis = Analyze.Text("Prime Minister of Estonia Kaja Kallas called Norwegian Prime Minister Jonas Gahr Støre. "
            + "“We are neighbours of Russia,” the head of the Estonian government said.");
        var speaker = Analyze.Single(analysis, StatementKind.Direct).Speaker!;
        Assert.Equal("Kaja Kallas", speaker.Name);
        Assert.Equal(AttributionMethod.Descriptor, speaker.Method);
    }

    [Fact]
    public void Pronoun_resolves_to_the_person_just_quoted()
    {
        var analysis = Analyze.Text("“We are ready,” Kaja Kallas said. “We work hard,” she added.");
        var second = Analyze.Containing(analysis, "We work hard");
        Assert.Equal("Kaja Kallas", second.Speaker?.Name);
        Assert.Equal(AttributionMethod.Pronoun, second.Speaker?.Method);
        Assert.Equal("she", second.Speaker?.Mention?.Text);
    }

    [Fact]
    public void Pronoun_prefers_a_newly_introduced_person_of_matching_gender()
    {
        var analysis = Analyze.Text("“Taxes will fall,” Donald Trump said. Hillary Clinton disagreed. She said that taxes would rise.");
        Assert.Equal("Hillary Clinton", Analyze.Containing(analysis, "taxes would rise").Speaker?.Name);
    }

    [Fact]
    public void Pronoun_follows_salience_over_gender_and_keeps_the_evidence()
    {
        const string Text = "French President Emmanuel Macron spoke on Monday. Estonian Prime Minister Kaja Kallas answered questions. "
            + "According to the prime minister, aid is not intervention. He suggested that training is not deployment.";
        var analysis = Analyze.Text(Text);
        var statement = Analyze.Containing(analysis, "training is not deployment");
        Assert.Equal("Kaja Kallas", statement.Speaker?.Name);
        // Less sure than the same pronoun of her gender.
        var agreeing = Analyze.Containing(Analyze.Text(Text.Replace("He suggested", "She suggested", StringComparison.Ordinal)), "training is not deployment");
        Assert.Equal("Kaja Kallas", agreeing.Speaker?.Name);
        Assert.True(statement.Speaker!.Confidence < agreeing.Speaker!.Confidence, $"{statement.Speaker.Confidence} against {agreeing.Speaker.Confidence}");
        var kallas = Assert.Single(analysis.Entities, e => e.Name == "Kaja Kallas");
        Assert.Equal(Gender.Female, kallas.Gender);
        Assert.Contains(kallas.GenderEvidence, e => e.Source == GenderEvidenceSource.Pronoun && e.Gender == Gender.Male);
    }

    [Fact]
    public void Unnamed_group_is_a_group_entity()
    {
        var analysis = Analyze.Text("Officials in Estonia, as well as Lithuania and Latvia, emphasise that security is linked to Ukraine.");
        var speaker = Analyze.Single(analysis, StatementKind.Indirect).Speaker!;
        Assert.Equal(AttributionMethod.Group, speaker.Method);
        Assert.Contains("Officials in Estonia", speaker.Name, StringComparison.Ordinal);
        Assert.Contains("Latvia", speaker.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void Gender_comes_from_honorific_then_first_name_then_pronouns()
    {
        var analysis = Analyze.Text("Ms Ashdown met Jonas Berg and Sam Taylor. “Fine,” Sam Taylor said. “Really fine,” she added.");
        Assert.Equal(Gender.Female, analysis.Entities.Single(e => e.Name == "Ashdown").Gender);
        Assert.Equal(Gender.Male, analysis.Entities.Single(e => e.Name == "Jonas Berg").Gender);
    }

    [Fact]
    public void Unknown_speaker_is_a_valid_answer()
    {
        var analysis = Analyze.Text("The weather was cold.\n\n“It is a disaster for all of us here,” somebody whispered in the crowd?");
        Assert.All(analysis.Statements, s => Assert.True(s.Speaker is null || s.Speaker.Confidence < 0.9));
    }

    [Fact]
    public void Registry_carries_gender_evidence_across_articles()
    {
        var registry = new StatementKit.Speakers.InMemorySpeakerRegistry();
        var analyzer = new StatementAnalyzerBuilder().UseSpeakerRegistry(registry).Build();
        var results = analyzer.AnalyzeAll([
            Article.FromText("Ms Alex Morgan spoke. “Yes,” said Alex Morgan."),
            Article.FromText("Alex Morgan arrived. “No,” Alex Morgan said. “Never,” he added."),
        ]).ToList();
        Assert.True(registry.TryGetGender("Alex Morgan", out var gender));
        Assert.Equal(Gender.Female, gender);
        var later = results[1];
        var morgan = later.Entities.Single(e => e.Name == "Alex Morgan");
        Assert.Equal(Gender.Female, morgan.Gender);
        Assert.Contains(later.Reliability.Flags, f => f.Code == "pronoun-gender-conflict");
    }

    [Fact]
    public void A_noun_that_looks_like_a_cue_stays_in_the_phrase()
    {
        var analysis = Analyze.Text("Finnish President Alexander Stubb spoke. The Finnish head of state also welcomed Sweden’s “historic decision” to join.");
        var statement = Analyze.Single(analysis, StatementKind.Partial);
        Assert.Equal("The Finnish head of state", statement.Speaker?.Mention?.Text);
        Assert.Equal("Alexander Stubb", statement.Speaker?.Name);
    }

    [Fact]
    public void A_descriptor_without_a_known_role_falls_back_to_the_only_person_named()
    {
        var analysis = Analyze.Text("Statsminister Jonas Gahr Støre spoke.\n– We will give more, and faster, says the prime minister.\n– This is about security.");
        Assert.All(analysis.Statements.Where(s => s.Kind == StatementKind.Direct), s => Assert.Equal("Jonas Gahr Støre", s.Speaker?.Name));
    }

    [Fact]
    public void Title_case_headlines_make_no_people()
    {
        var analysis = Analyze.Text("Finland’s Premier Avoids Promises on Border\n\nFinnish Prime Minister Sanna Marin spoke.\n\nPrevious Article\nStar Announces World Tour");
        Assert.Equal(["Sanna Marin"], analysis.Entities.Where(e => e.Kind == EntityKind.Person).Select(e => e.Name));
    }

    [Fact]
    public void Leader_fits_any_role_of_the_country()
    {
        var analysis = Analyze.Text("Finnish Prime Minister Sanna Marin spoke. The Finnish leader stressed that Russia remains the main threat.");
        Assert.Equal("Sanna Marin", Analyze.Single(analysis, StatementKind.Indirect).Speaker?.Name);
    }

    [Fact]
    public void A_list_of_places_stays_in_the_group()
    {
        var analysis = Analyze.Text("Officials in Finland, Estonia and Latvia say that cooperation is growing.");
        Assert.Equal("Officials in Finland, Estonia and Latvia", Analyze.Single(analysis, StatementKind.Indirect).Speaker?.Name);
    }

    [Fact]
    public void A_relative_who_is_the_mention_and_its_antecedent_the_speaker()
    {
        var analysis = Analyze.Text("The plan was opposed by Chris Christie, who said the senator lacks experience.");
        var speaker = Analyze.Single(analysis, StatementKind.Indirect).Speaker!;
        Assert.Equal("who", speaker.Mention?.Text);
        Assert.Equal("Chris Christie", speaker.Name);
    }
}
