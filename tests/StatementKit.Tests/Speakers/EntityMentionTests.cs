namespace StatementKit.Tests.Speakers;

public sealed class EntityMentionTests
{
    private const string Text = "Anna Berg, the mayor of Lund, spoke on Monday. “We will stay open,” Berg said. "
        + "She said that the library would not close. The mayor said that taxes would not rise.";

    [Fact]
    public void Every_linked_mention_is_listed_once_in_text_order_with_its_kind()
    {
        var berg = Assert.Single(Analyze.Text(Text).Entities, e => e.Name == "Anna Berg");

        var mentions = berg.Mentions.Select(m => (m.Excerpt.Text, m.Kind)).ToList();
        Assert.Equal(("Anna Berg", MentionKind.Name), mentions[0]);
        Assert.Contains(("Berg", MentionKind.Alias), mentions);
        Assert.Contains(("She", MentionKind.Pronoun), mentions);
        Assert.Contains(("The mayor", MentionKind.Title), mentions); // a title, matched to what the apposition says of her
        Assert.Equal(berg.Mentions.OrderBy(m => m.Excerpt.Start).ToList(), berg.Mentions);
        Assert.Equal(berg.Mentions.Count, berg.Mentions.Select(m => (m.Excerpt.Start, m.Excerpt.Length)).Distinct().Count());
        Assert.All(berg.Mentions, m => Assert.Equal(m.Excerpt.Text, Text.Substring(m.Excerpt.Start, m.Excerpt.Length)));
    }

    [Fact]
    public void A_descriptor_matched_to_an_apposition_is_listed_as_a_descriptor()
    {
        const string Text = "Lars Vik, a retired surgeon, and Anna Berg met the press on Monday.\n\n“We are ready,” the surgeon said.";
        var vik = Assert.Single(Analyze.Text(Text).Entities, e => e.Name == "Lars Vik");

        Assert.Contains(vik.Mentions, m => m is { Excerpt.Text: "the surgeon", Kind: MentionKind.Descriptor });
    }

    [Fact]
    public void A_pronoun_that_introduces_no_statement_is_linked_when_surely_hers_whatever_its_gender()
    {
        var analysis = Analyze.Text("Anna Berg said that the plan would work. Her critics were not convinced.\n\n"
            + "Ola Dahl said that it would fail. Anna Berg rejected the claim, and his report was withdrawn.");

        var berg = Assert.Single(analysis.Entities, e => e.Name == "Anna Berg");
        var pronouns = berg.Mentions.Where(m => m.Kind == MentionKind.Pronoun).Select(m => m.Excerpt.Text).ToList();
        Assert.Equal(["Her", "his"], pronouns); // gender-blind: the mis-gendering rule weighs "his"
        var dahl = Assert.Single(analysis.Entities, e => e.Name == "Ola Dahl");
        Assert.DoesNotContain(dahl.Mentions, m => m.Kind == MentionKind.Pronoun);
    }

    [Fact]
    public void Names_are_names_and_pronouns_are_not()
    {
        var berg = Assert.Single(Analyze.Text(Text).Entities, e => e.Name == "Anna Berg");

        Assert.All(berg.Mentions.Where(m => m.IsName), m => Assert.Contains("Berg", m.Excerpt.Text, StringComparison.Ordinal));
        Assert.All(berg.Mentions.Where(m => !m.IsName), m => Assert.DoesNotContain("Berg", m.Excerpt.Text, StringComparison.Ordinal));
        Assert.Equal(2, berg.Mentions.Count(m => !m.IsName));
    }

    [Fact]
    public void An_organisation_named_is_named_and_an_acronym_is_an_acronym()
    {
        var analysis = Analyze.Text("The World Health Organization said that cases were falling. “We are hopeful,” the organization said.");
        var who = Assert.Single(analysis.Entities, e => e.Name == "World Health Organization");
        Assert.Equal(MentionKind.Name, who.Mentions[0].Kind);

        Assert.Equal(MentionKind.Acronym, StatementKit.Speakers.EntityMentions.NameKind("WHO", "World Health Organization"));
        Assert.Equal(MentionKind.Alias, StatementKit.Speakers.EntityMentions.NameKind("Health Organization", "World Health Organization"));
        Assert.Equal(MentionKind.Alias, StatementKit.Speakers.EntityMentions.NameKind("A", "Anna"));
    }

    [Theory]
    [InlineData("\u00AD")]
    [InlineData("\u200D")]
    [InlineData("\u2060")]
    public void Invisible_characters_inside_a_name_are_folded_out_of_the_name_but_not_the_offsets(string invisible)
    {
        var text = $"Karin Lund{invisible}qvist said that talks had failed.";
        var analysis = Analyze.Text(text);

        var lundqvist = Assert.Single(analysis.Entities, e => e.Kind == EntityKind.Person);
        Assert.Equal("Karin Lundqvist", lundqvist.Name);
        Assert.Equal("Karin Lundqvist", analysis.Statements[0].Speaker?.Name);
        Assert.Equal($"Karin Lund{invisible}qvist", lundqvist.Mentions[0].Excerpt.Text);
        Assert.Equal((0, 16), (lundqvist.Mentions[0].Excerpt.Start, lundqvist.Mentions[0].Excerpt.Length));
    }

    [Fact]
    public void The_learnt_model_links_a_pronoun_the_sure_reading_leaves_and_without_it_nothing_is_linked()
    {
        // The first sentence names two persons, so the sure reading links nothing after it; the model prefers the subject.
        const string Text = "Anna Berg met Ola Dahl in Lund on Monday. After the meeting, she went home.";
        var withModel = Assert.Single(Analyze.Text(Text).Entities, e => e.Name == "Anna Berg");
        Assert.Contains(withModel.Mentions, m => m.Kind == MentionKind.Pronoun && m.Excerpt.Text == "she");

        using var folder = new DataFolder(("pronoun-model.tsv", "# no weights\n"));
        var analysis = StatementAnalyzer.CreateDefault(o => o.DataDirectory = folder.Path).Analyze(Article.FromText(Text));
        Assert.DoesNotContain(analysis.Entities.SelectMany(e => e.Mentions), m => m.Kind == MentionKind.Pronoun);
    }

    [Fact]
    public void The_learnt_model_reads_no_gender()
    {
        // The same text with the pronoun's gender flipped links to the same person: gender is evidence for the rule, not the linker.
        const string Text = "Anna Berg met Ola Dahl in Lund on Monday. After the meeting, she went home.";
        var flipped = Text.Replace("she went", "he went", StringComparison.Ordinal);
        var linkedTo = (string text) => Analyze.Text(text).Entities.Single(e => e.Mentions.Any(m => m.Kind == MentionKind.Pronoun)).Name;
        Assert.Equal(linkedTo(Text), linkedTo(flipped));
    }

    [Theory]
    [InlineData("Former Governor Henrik J.K. Ostrom said that he was proud.", "Henrik J.K. Ostrom")]
    [InlineData("T. Harold Lindgren, a fellow at the institute, said that taxes would rise.", "T. Harold Lindgren")]
    [InlineData("Maria B. Sandoval Reyes said that the school would stay open.", "Maria B. Sandoval Reyes")]
    public void Initials_are_kept_in_a_name(string text, string name)
    {
        var analysis = Analyze.Text(text);
        Assert.Equal(name, Assert.Single(analysis.Statements).Speaker?.Name);
        Assert.Contains(analysis.Entities, e => e.Name == name && e.Kind == EntityKind.Person);
    }

    [Theory]
    [InlineData("The U.S. Supreme Court said that the law would stand.", "U.S. Supreme Court")]
    [InlineData("Officials in Washington D.C. said that the roads would reopen.", "Washington D.C")]
    public void Dotted_capitals_that_open_or_end_a_run_make_no_person(string text, string notAPerson)
    {
        Assert.DoesNotContain(Analyze.Text(text).Entities, e => e.Kind == EntityKind.Person && e.Name.StartsWith(notAPerson, StringComparison.Ordinal));
    }
}
