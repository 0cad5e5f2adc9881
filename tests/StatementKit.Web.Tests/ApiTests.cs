using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace StatementKit.Web.Tests;

/// <summary>The review sample's HTTP API, in memory (WebApplicationFactory).</summary>
public sealed class ApiTests(ApiTests.ReviewApplication factory) : IClassFixture<ApiTests.ReviewApplication>
{
    private const string Quote = "“We are open,” said Anna Berg, the mayor.";

    [Fact]
    public async Task Analyze_returns_the_json_contract_with_the_text()
    {
        using var client = factory.CreateClient();

        using var response = await client.PostAsJsonAsync("/api/analyze", new { content = Quote, format = "text", name = "quote.txt" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var record = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = record.RootElement;
        Assert.Equal("quote.txt", root.GetProperty("path").GetString());
        Assert.Equal(Quote, root.GetProperty("text").GetString());
        var statement = Assert.Single(root.GetProperty("statements").EnumerateArray());
        Assert.Equal("Anna Berg", statement.GetProperty("speaker").GetProperty("name").GetString());
        Assert.Equal("assertion", statement.GetProperty("type").GetString());
        Assert.True(root.TryGetProperty("metadata", out _));
        var entity = root.GetProperty("entities")[0];
        Assert.True(entity.TryGetProperty("genderEvidence", out _));
        Assert.True(entity.TryGetProperty("mentions", out _));
    }

    [Fact]
    public async Task Analyze_reads_html_and_plain_bodies()
    {
        using var client = factory.CreateClient();

        using var html = await client.PostAsync("/api/analyze", new StringContent("<p>" + Quote + "</p><script>x()</script>", Encoding.UTF8, "text/html"));
        using var text = await client.PostAsync("/api/analyze", new StringContent(Quote, Encoding.UTF8, "text/plain"));

        using var fromHtml = JsonDocument.Parse(await html.Content.ReadAsStringAsync());
        Assert.DoesNotContain("x()", fromHtml.RootElement.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, fromHtml.RootElement.GetProperty("statements").GetArrayLength());
        Assert.Equal(HttpStatusCode.OK, text.StatusCode);
    }

    [Fact]
    public async Task A_request_over_the_size_limit_is_refused_with_413()
    {
        using var client = factory.CreateClient();
        var huge = new string('a', (int)ReviewSettings.DefaultMaxRequestBytes + 10);

        using var response = await client.PostAsync("/api/analyze", new StringContent(huge, Encoding.UTF8, "text/plain"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task An_analysis_over_the_time_limit_is_answered_with_503()
    {
        // An analyzer that only ends when cancelled, and a tenth of a second to wait for it.
        using var slow = factory.WithWebHostBuilder(host => host.ConfigureServices(services =>
        {
            services.AddSingleton(new ReviewSettings(0, ReviewSettings.DefaultMaxRequestBytes, TimeSpan.FromMilliseconds(100)));
            services.AddSingleton<IStatementAnalyzer, UntilCancelledAnalyzer>();
            services.AddSingleton(new ReviewModes(new UntilCancelledAnalyzer(), neuralPresent: false));
        }));
        using var client = slow.CreateClient();

        using var response = await client.PostAsync("/api/analyze", new StringContent(Quote, Encoding.UTF8, "text/plain"));

        Assert.True(response.StatusCode == HttpStatusCode.ServiceUnavailable, $"{response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }

    [Theory]
    [InlineData("application/json", "{not json")]
    [InlineData("application/json", "{\"content\": 5}")]
    [InlineData("application/json", "{\"content\": \"x\", \"format\": \"pdf\"}")]
    public async Task A_malformed_request_is_refused_with_400(string mediaType, string body)
    {
        using var client = factory.CreateClient();

        using var response = await client.PostAsync("/api/analyze", new StringContent(body, Encoding.UTF8, mediaType));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task An_unsupported_media_type_is_refused_with_415()
    {
        using var client = factory.CreateClient();

        using var response = await client.PostAsync("/api/analyze", new ByteArrayContent([1, 2, 3]));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task Bundled_articles_are_listed_and_no_other_file_is_reachable()
    {
        using var client = factory.CreateClient();

        var names = await client.GetFromJsonAsync<string[]>("/api/articles");
        Assert.NotNull(names);
        Assert.Contains("000_618e7dbac6461e37.txt", names);
        Assert.False(string.IsNullOrWhiteSpace(await client.GetStringAsync("/api/articles/" + names[0])));
        using var escape = await client.GetAsync("/api/articles/..%2F..%2FStatementKit.Web.dll");
        Assert.Equal(HttpStatusCode.NotFound, escape.StatusCode);
    }

    [Fact]
    public async Task The_page_is_served_with_a_content_security_policy()
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<title>StatementKit review</title>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var policy = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", policy, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
    }

    [Fact]
    public async Task Both_modes_are_offered_with_the_neural_package_and_each_answer_says_which_ran()
    {
        using var client = factory.CreateClient();

        var modes = await client.GetFromJsonAsync<string[]>("/api/modes");
        Assert.Equal(["accurate", "fast"], modes!);
        foreach (var mode in modes!)
        {
            using var response = await client.PostAsJsonAsync("/api/analyze", new { content = Quote, format = "text", mode });
            using var record = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            Assert.Equal(mode, record.RootElement.GetProperty("mode").GetString());
        }

        using var byDefault = await client.PostAsJsonAsync("/api/analyze", new { content = Quote, format = "text" });
        using var defaultRecord = JsonDocument.Parse(await byDefault.Content.ReadAsStringAsync());
        Assert.Equal("accurate", defaultRecord.RootElement.GetProperty("mode").GetString());
    }

    [Fact]
    public async Task Without_the_neural_package_only_the_fast_mode_is_offered()
    {
        using var fastOnly = factory.WithWebHostBuilder(host => host.ConfigureServices(services =>
            services.AddSingleton(provider => new ReviewModes(provider.GetRequiredService<IStatementAnalyzer>(), neuralPresent: false))));
        using var client = fastOnly.CreateClient();

        Assert.Equal(["fast"], (await client.GetFromJsonAsync<string[]>("/api/modes"))!);
        using var refused = await client.PostAsJsonAsync("/api/analyze", new { content = Quote, mode = "accurate" });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
    }

    [Fact]
    public async Task The_page_has_an_icon_and_keeps_hidden_panels_hidden()
    {
        using var client = factory.CreateClient();

        using var icon = await client.GetAsync("/favicon.ico");
        Assert.Equal(HttpStatusCode.OK, icon.StatusCode);
        Assert.Equal("image/svg+xml", icon.Content.Headers.ContentType?.MediaType);
        Assert.Contains("rel=\"icon\"", await client.GetStringAsync("/"), StringComparison.Ordinal);
        // main { display: grid } would show the empty result panels before any analysis without this rule.
        Assert.Contains("[hidden] { display: none !important; }", await client.GetStringAsync("/app.css"), StringComparison.Ordinal);
    }

    /// <summary>
    /// The sample in memory with a time limit on analysis far above its default of 10 s: on a loaded two-core machine the
    /// first request (loading the model, compiling the code) once took longer, and got 503. The limit's own test sets
    /// its limit itself.
    /// </summary>
    public sealed class ReviewApplication : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder) => builder.UseSetting("AnalysisTimeoutSeconds", "600");
    }

    private sealed class UntilCancelledAnalyzer : IStatementAnalyzer
    {
        public ArticleAnalysis Analyze(Article article, CancellationToken cancellationToken = default)
        {
            cancellationToken.WaitHandle.WaitOne(TimeSpan.FromSeconds(30));
            cancellationToken.ThrowIfCancellationRequested();
            throw new TimeoutException("the request was never cancelled");
        }
    }
}
