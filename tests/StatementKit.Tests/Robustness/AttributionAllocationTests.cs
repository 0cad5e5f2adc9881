namespace StatementKit.Tests.Robustness;

/// <summary>
/// The allocation budget of speaker attribution (issue #13): statement-dense text, speakers on, allocates at most
/// 8 KB per statement returned plus 100 bytes per input character. The per-character part is what reading and
/// extraction cost with speakers off (46–100 bytes per character measured on these families); the per-statement part
/// is the result itself and the speaker search around each statement (2.4–6.7 KB measured at 100 KB). Before the title
/// search was bounded, 100 KB of "according to " repeated allocated 1.06 GB (138 KB per statement, 10,600 bytes per
/// character) and failed here.
/// </summary>
[Collection(TimingCollection.Name)]
public sealed class AttributionAllocationTests
{
    private const long BytesPerStatement = 8 * 1024;
    private const long BytesPerCharacter = 100;

    public static TheoryData<string, int> Families()
    {
        // The family that broke the budget at both sizes; the others (each within half of it) at the smaller one only,
        // to keep the run short on a shared machine.
        return new TheoryData<string, int>
        {
            { "according to ", 100_000 },
            { "according to ", 800_000 },
            { "“Yes,” said Anna Berg. ", 100_000 },
            { "\"No,\" he said. ", 100_000 },
            { "Ola Dahl said that taxes rise. ", 100_000 },
            { "According to Mr Smith, it rains. ", 100_000 },
        };
    }

    [Theory]
    [MemberData(nameof(Families))]
    public void Statement_dense_text_stays_within_the_attribution_budget(string unit, int characters)
    {
        var text = HostileHtmlTests.Repeat(unit, characters);
        Analyze.Default.Analyze(Article.FromText(HostileHtmlTests.Repeat(unit, 2_000)));

        var before = GC.GetAllocatedBytesForCurrentThread();
        var analysis = Analyze.Default.Analyze(Article.FromText(text));
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.NotEmpty(analysis.Statements);
        var budget = BytesPerStatement * analysis.Statements.Count + BytesPerCharacter * text.Length;
        Assert.True(allocated <= budget,
            $"\"{unit}\" × {characters:N0} characters: {allocated / 1e6:F1} MB for {analysis.Statements.Count} statements " +
            $"({allocated / analysis.Statements.Count / 1024.0:F1} KB each), budget {budget / 1e6:F1} MB");
    }
}
