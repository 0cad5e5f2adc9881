namespace StatementKit.Tests.Speakers;

/// <summary>
/// Issue #10: Spanish and French pages gave speakers such as "Consultada", "Népal", "Racisme", "Foto". The speaker rules
/// read English; in another language only speakers named in full are kept.
/// </summary>
public sealed class LanguageGateTests
{
    private const string French =
        "Le projet de loi sur le renseignement a été adopté par les députés mardi soir. Les opposants ont dénoncé un texte "
        + "qui donne aux services des moyens de surveillance très larges. « Ce texte est dangereux pour nos libertés », "
        + "a déclaré Sergio Coronado lors du débat. Racisme : « Nous ne laisserons pas faire », a dit le ministre. "
        + "Lire aussi : Que sont les valises espionnes, ces appareils qui écoutent les téléphones portables des citoyens ? "
        + "Le gouvernement estime que la loi protège les Français contre le terrorisme et les menaces étrangères.";

    [Fact]
    public void In_another_language_only_speakers_named_in_full_are_kept()
    {
        var analysis = Analyze.Text(French);
        Assert.NotEmpty(analysis.Statements);
        Assert.All(analysis.Statements, s => Assert.True(s.Speaker is null || s.Speaker.Name.Contains(' ', StringComparison.Ordinal), s.Speaker?.Name));
        Assert.All(analysis.Entities, e => Assert.Contains(' ', e.Name));
        Assert.All(analysis.Statements.Where(s => s.Speaker is not null), s => Assert.Equal(s.Speaker!.Name, analysis.Entities[s.Speaker.EntityIndex].Name));
    }

    [Fact]
    public void English_keeps_surname_speakers()
    {
        var analysis = Analyze.Text("The council met on Monday to discuss the budget for the coming year and the roads that need repair. "
            + "“We will fix the roads before the winter comes,” Berg said at the meeting, which was held in the town hall. "
            + "She added that the budget was sound and that taxes would not rise this year, as the mayor had promised.");
        Assert.Equal("Berg", analysis.Statements.First(s => s.Kind == StatementKind.Direct).Speaker?.Name);
    }
}
