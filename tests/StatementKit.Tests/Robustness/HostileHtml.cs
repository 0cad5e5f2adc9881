namespace StatementKit.Tests.Robustness;

/// <summary>
/// The hostile HTML families of issue #13, each a unit repeated (or, for nesting, a depth-unit opened n times) to a
/// size. Shared by the unit tests (spans stay valid) and the benchmark step's budgets (tests/StatementKit.Benchmarks),
/// which time and count them; it has no test framework dependency for that reason.
/// </summary>
internal static class HostileHtml
{
    public const int MegaChars = 1_000_000;

    public static readonly string[] FamilyNames =
        ["flat-p", "flat-script", "nested-div", "nested-blockquote", "nested-q", "nested-span", "nested-table", "misnested-b-i", "unclosed-b-i", "unclosed-a"];

    public static string Make(string family, int characters) => family switch
    {
        "flat-p" => Repeat("<p>Some plain words of a paragraph here.</p>\n", characters),
        "flat-script" => Repeat("<script>var x = \"“q”\";</script>", characters),
        "nested-div" => Nest("<div>", "</div>", characters),
        "nested-blockquote" => Nest("<blockquote>", "</blockquote>", characters),
        "nested-q" => Nest("<q>", "</q>", characters),
        "nested-span" => Nest("<span>", "</span>", characters),
        "nested-table" => Repeat("<table><tr><td>", characters) + "text",
        "misnested-b-i" => Repeat("<b><i>x </b>y </i>", characters),
        "unclosed-b-i" => Repeat("<b>x <i>y ", characters),
        "unclosed-a" => Repeat("<a href=\"#\">link ", characters),
        _ => throw new ArgumentOutOfRangeException(nameof(family)),
    };

    public static string Repeat(string unit, int characters) => string.Concat(Enumerable.Repeat(unit, Math.Max(1, characters / unit.Length)));

    public static string Nest(string open, string close, int characters)
    {
        var depth = Math.Max(1, characters / (open.Length + close.Length));
        return Repeat(open, depth * open.Length) + "text" + Repeat(close, depth * close.Length);
    }
}
