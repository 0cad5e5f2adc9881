using System.Collections;
using System.Reflection;
using StatementKit.Reliability;

namespace StatementKit.Tests.Pipeline;

/// <summary>
/// StatementKitOptions.Clone is the one place options are copied: every public property, set by reflection to a value
/// that is not its default, must come through, and a collection must be a copy (changing the builder's options after
/// Build never changes the analyzer). A property added later and forgotten in Clone fails here.
/// </summary>
public sealed class OptionsCloneTests
{
    [Fact]
    public void Every_option_is_copied_and_collections_are_not_shared()
    {
        var source = new StatementKitOptions();
        var properties = typeof(StatementKitOptions).GetProperties(BindingFlags.Public | BindingFlags.Instance);
        Assert.NotEmpty(properties);
        foreach (var property in properties)
        {
            SetNonDefault(source, property);
        }

        var copy = source.Clone();
        foreach (var property in properties)
        {
            var original = property.GetValue(source);
            var copied = property.GetValue(copy);
            if (original is IEnumerable and not string)
            {
                Assert.NotSame(original, copied);
                Assert.Equal(((IEnumerable)original).Cast<object>(), ((IEnumerable)copied!).Cast<object>());
            }
            else
            {
                Assert.Equal(original, copied);
            }
        }
    }

    private static void SetNonDefault(StatementKitOptions options, PropertyInfo property)
    {
        var value = property.GetValue(options);
        switch (value)
        {
            case ISet<string> set: set.Add("a-rule"); return;
            case ISet<StatementType> types: types.Remove(StatementType.Fact); return;
            case IList<string> list: list.Add("an entry"); return;
            case IDictionary<string, FlagSeverity> overrides: overrides["a-rule"] = FlagSeverity.Critical; return;
            case IDictionary<FlagSeverity, int> penalties: penalties[FlagSeverity.Info] = 7; return;
            case IDictionary<string, Gender> names: names["Sasha"] = Gender.Female; return;
        }

        object changed = property.PropertyType switch
        {
            var t when t == typeof(bool) => !(bool)value!,
            var t when t == typeof(int) => (int)value! + 1,
            var t when t == typeof(double) => (double)value! + 0.25,
            var t when t == typeof(string) => "/some/folder",
            _ => throw new InvalidOperationException($"Teach this test to change {property.Name} ({property.PropertyType.Name})."),
        };
        Assert.True(property.CanWrite, $"{property.Name} is neither settable nor a known collection: teach this test and Clone about it.");
        property.SetValue(options, changed);
    }
}
