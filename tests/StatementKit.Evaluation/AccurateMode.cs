using System.Globalization;
using System.Reflection;
using StatementKit.Neural;

namespace StatementKit.Evaluation;

/// <summary>
/// Builds the analyzer for <c>--mode accurate</c>: the rules with the learnt tagger. <c>--tagger Name=Value</c> sets
/// a tagger option, the internal decoding ones included (for tuning on the held-out tenth of train, never on dev).
/// </summary>
internal static class AccurateMode
{
    /// <param name="minimumConfidence"><c>--min-confidence</c>, or null for the library's default.</param>
    public static StatementAnalyzer Create(double? minimumConfidence, IReadOnlyList<string> settings, bool calibrate = true)
    {
        var builder = new StatementAnalyzerBuilder()
            .Configure(o => ConfidenceThresholdOption.Apply(o, minimumConfidence, calibrate))
            .UseNeuralTagger(options => Apply(options, settings));
        return (calibrate ? builder : builder.WithoutCalibration()).Build();
    }

    private static void Apply(NeuralTaggerOptions options, IReadOnlyList<string> settings)
    {
        foreach (var setting in settings)
        {
            var equals = setting.IndexOf('=', StringComparison.Ordinal);
            var property = typeof(NeuralTaggerOptions).GetProperty(setting[..equals], BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)
                ?? throw new ArgumentException($"no tagger option {setting[..equals]}");
            property.SetValue(options, Convert.ChangeType(setting[(equals + 1)..], property.PropertyType, CultureInfo.InvariantCulture));
        }
    }
}
