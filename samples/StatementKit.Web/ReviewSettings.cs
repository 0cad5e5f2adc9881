namespace StatementKit.Web;

/// <summary>Settings of the review sample, from configuration (<c>--Port 0</c>, environment, appsettings).</summary>
/// <param name="Port">The loopback port to listen on; 0 picks a free one (the address is logged).</param>
/// <param name="MaxRequestBytes">The largest request body accepted; larger ones get 413.</param>
/// <param name="AnalysisTimeout">How long one analysis may take before the request gets 503.</param>
internal sealed record ReviewSettings(int Port, long MaxRequestBytes, TimeSpan AnalysisTimeout)
{
    public const int DefaultPort = 5080;
    public const long DefaultMaxRequestBytes = 2 * 1024 * 1024;

    public static ReviewSettings From(IConfiguration configuration) => new(
        configuration.GetValue("Port", DefaultPort),
        configuration.GetValue("MaxRequestBytes", DefaultMaxRequestBytes),
        TimeSpan.FromSeconds(configuration.GetValue("AnalysisTimeoutSeconds", 10)));
}
