using StatementKit.Data;
using StatementKit.Documents;
using StatementKit.Speakers;
using StatementKit.Text;

namespace StatementKit.Tests.Speakers;

/// <summary>
/// Building the entity table and reading what is said beside names loop over every name mention and token (about
/// 100 ms on a name repeated through 4 MB), so each looks at the cancellation token as it goes.
/// </summary>
public sealed class EntityTableCancellationTests
{
    private static readonly StatementKitData Data = StatementKitData.Default;

    [Fact]
    public void Adding_persons_and_reading_their_descriptions_stop_when_cancelled()
    {
        var (reader, names) = Read("Lars Vik, a retired surgeon, said taxes would rise. Vik spoke on Monday.");
        var cancelled = new CancellationToken(canceled: true);

        Assert.ThrowsAny<OperationCanceledException>(() => new EntityTable().AddPersons(names, reader, _ => Gender.Unknown, _ => false, cancelled));
        var table = new EntityTable();
        table.AddPersons(names, reader, _ => Gender.Unknown, _ => false, CancellationToken.None);
        Assert.ThrowsAny<OperationCanceledException>(() => new RoleReader(Data).Collect(reader, table, cancelled));
    }

    [Fact]
    public void Without_cancellation_the_person_and_the_description_are_read()
    {
        var (reader, names) = Read("Lars Vik, a retired surgeon, said taxes would rise. Vik spoke on Monday.");
        var table = new EntityTable();
        table.AddPersons(names, reader, _ => Gender.Unknown, _ => false, CancellationToken.None);
        new RoleReader(Data).Collect(reader, table, CancellationToken.None);

        var vik = Assert.Single(table.All, e => e.Kind == EntityKind.Person);
        Assert.Equal("Lars Vik", vik.Name);
        Assert.Contains(vik.Descriptions, d => d.Head == "surgeon");
    }

    private static (TokenReader Reader, IReadOnlyList<NameMention> Names) Read(string text)
    {
        var document = new DocumentLoader(Data).Load(Article.FromText(text), CancellationToken.None);
        var reader = new TokenReader(document.Text, document.Tokens);
        return (reader, new NameMentionFinder(Data).Find(reader, CommonWords.Of(reader, CancellationToken.None), CancellationToken.None));
    }
}
