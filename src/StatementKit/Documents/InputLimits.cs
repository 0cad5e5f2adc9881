namespace StatementKit.Documents;

/// <summary>The input limits of <see cref="StatementKitOptions"/> that the document loader applies.</summary>
internal sealed record InputLimits(int MaxInputCharacters, int MaxHtmlDepth, int MaxHtmlElements)
{
    public static InputLimits From(StatementKitOptions options) => new(options.MaxInputCharacters, options.MaxHtmlDepth, options.MaxHtmlElements);
}
