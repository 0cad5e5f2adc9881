using System.Net;
using Microsoft.Extensions.FileProviders;
using StatementKit.Web;

// The newsroom review page: dotnet run --project samples/StatementKit.Web, then open http://127.0.0.1:5080.
var builder = WebApplication.CreateBuilder(args);

// Loopback only: this sample has no authentication, so it never listens on a network interface. Settings are read
// when the host is built, so that every configuration source (tests' included) has its say.
builder.WebHost.ConfigureKestrel((context, kestrel) =>
{
    var settings = ReviewSettings.From(context.Configuration);
    kestrel.Listen(IPAddress.Loopback, settings.Port);
    kestrel.Limits.MaxRequestBodySize = settings.MaxRequestBytes;
    kestrel.AddServerHeader = false;
});
builder.Services.AddSingleton(services => ReviewSettings.From(services.GetRequiredService<IConfiguration>()));
builder.Services.AddSingleton(new BundledArticles(Path.Combine(AppContext.BaseDirectory, "articles")));
builder.Services.AddStatementKit();
builder.Services.AddSingleton(services => new ReviewModes(services.GetRequiredService<StatementKit.IStatementAnalyzer>(), ReviewModes.NeuralIsPresent()));

var app = builder.Build();
app.Use(SecurityHeaders.Add);
var page = new PhysicalFileProvider(Path.Combine(AppContext.BaseDirectory, "wwwroot"));
app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = page });
app.UseStaticFiles(new StaticFileOptions { FileProvider = page });
app.MapReviewApi();
app.Run();

/// <summary>The entry point, visible to the tests' <c>WebApplicationFactory</c>.</summary>
public partial class Program;
