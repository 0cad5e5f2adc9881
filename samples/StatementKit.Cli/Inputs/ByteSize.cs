using System.Globalization;

namespace StatementKit.Cli.Inputs;

/// <summary>Sizes as people read them: "512 bytes", "3.4 MB", "1.0 GB" (binary units, as <c>--max-size</c> counts).</summary>
internal static class ByteSize
{
    public static string Format(long bytes) => bytes switch
    {
        < 1024 => $"{bytes} bytes",
        < 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:0.#} KB"),
        < 1024L * 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024):0.#} MB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024 * 1024):0.0} GB"),
    };
}
