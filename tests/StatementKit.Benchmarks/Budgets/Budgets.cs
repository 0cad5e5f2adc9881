using System.Globalization;

namespace StatementKit.Benchmarks.Budgets;

/// <summary>
/// The time and allocation budgets (issue #13's hostile input, issue #20's move out of the unit suite): time linear in
/// the input's size, bytes allocated per character and per statement, how fast a cancelled analysis stops, what a
/// second batch worker gains. <c>.ci/run</c> runs them once, on their own, after the tests
/// (<c>dotnet run --project tests/StatementKit.Benchmarks -c Release -- budgets</c>); the unit suite asserts no time.
/// Each timed bound is a ratio of processor times (or, where the work waits, the best of several wall-clock tries), so
/// that another process on the machine only ever makes a run look slower and the best of N is what the code costs.
/// Prints one line per check and exits 1 if any fails.
/// </summary>
internal static class Budgets
{
    public static int Run(string? only)
    {
        var checks = new List<Check>();
        checks.AddRange(HostileHtmlBudgets.Checks());
        checks.AddRange(AttributionBudgets.Checks());
        checks.AddRange(CancellationBudgets.Checks());
        checks.AddRange(BatchBudgets.Checks());

        var failed = 0;
        var ran = 0;
        foreach (var check in checks.Where(c => only is null || c.Name.StartsWith(only, StringComparison.Ordinal)))
        {
            ran++;
            string outcome;
            bool passed;
            try
            {
                (passed, outcome) = check.Measure();
            }
#pragma warning disable CA1031 // a check that throws is reported as failed, and the others still run
            catch (Exception exception)
#pragma warning restore CA1031
            {
                (passed, outcome) = (false, exception.GetType().Name + ": " + exception.Message);
            }

            if (!passed)
            {
                failed++;
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"budget {(passed ? "ok  " : "FAIL")} {check.Name}: {outcome}"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"budgets: {ran - failed} of {ran} within bounds"));
        return ran > 0 && failed == 0 ? 0 : 1;
    }
}

/// <summary>One bounded measurement: its name and a function that measures and says whether the bound held.</summary>
internal sealed record Check(string Name, Func<(bool Passed, string Outcome)> Measure);
