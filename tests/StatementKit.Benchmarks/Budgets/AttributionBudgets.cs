using System.Globalization;
using StatementKit.Tests.Robustness;

namespace StatementKit.Benchmarks.Budgets;

/// <summary>
/// The allocation budget of speaker attribution (issue #13): statement-dense text, speakers on, allocates at most 8 KB
/// per statement returned plus 100 bytes per input character. The per-character part is what reading and extraction
/// cost with speakers off (46-100 bytes per character measured on these families); the per-statement part is the result
/// itself and the speaker search around each statement (2.4-6.7 KB measured at 100 KB). Before the title search was
/// bounded, 100 KB of "according to " repeated allocated 1.06 GB (138 KB per statement) and failed here.
/// </summary>
internal static class AttributionBudgets
{
    private const long BytesPerStatement = 8 * 1024;
    private const long BytesPerCharacter = 100;

    /// <summary>The family that broke the budget at both sizes; the others (each within half of it) at the smaller one.</summary>
    private static readonly (string Unit, int Characters)[] Families =
    [
        ("according to ", 100_000),
        ("according to ", 800_000),
        ("“Yes,” said Anna Berg. ", 100_000),
        ("\"No,\" he said. ", 100_000),
        ("Ola Dahl said that taxes rise. ", 100_000),
        ("According to Mr Smith, it rains. ", 100_000),
    ];

    private static readonly StatementAnalyzer Analyzer = StatementAnalyzer.CreateDefault();

    public static IEnumerable<Check> Checks() =>
        Families.Select(f => new Check(string.Create(CultureInfo.InvariantCulture, $"attribution-allocations/\"{f.Unit.Trim()}\" x {f.Characters}"), () => Measure(f.Unit, f.Characters)));

    private static (bool, string) Measure(string unit, int characters)
    {
        var text = HostileHtml.Repeat(unit, characters);
        Analyzer.Analyze(Article.FromText(HostileHtml.Repeat(unit, 2_000)));

        var before = GC.GetAllocatedBytesForCurrentThread();
        var analysis = Analyzer.Analyze(Article.FromText(text));
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        var statements = analysis.Statements.Count;
        var budget = BytesPerStatement * statements + BytesPerCharacter * text.Length;
        return (statements > 0 && allocated <= budget, string.Create(CultureInfo.InvariantCulture,
            $"{allocated / 1e6:F1} MB for {statements} statements ({allocated / Math.Max(1, statements) / 1024.0:F1} KB each), budget {budget / 1e6:F1} MB"));
    }
}
