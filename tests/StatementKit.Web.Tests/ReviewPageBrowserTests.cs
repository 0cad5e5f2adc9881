using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;

namespace StatementKit.Web.Tests;

/// <summary>
/// The review page end to end in a real browser: Playwright driving Debian's chromium (never a downloaded browser).
/// Skips with a message where chromium is missing, unless <c>STATEMENTKIT_REQUIRE_BROWSER=1</c> (as in <c>.ci/run</c>),
/// where a missing browser fails. <c>STATEMENTKIT_UPDATE_SCREENSHOT=1</c> rewrites <c>docs/review-page.png</c>.
/// </summary>
public sealed class ReviewPageBrowserTests(ReviewPageBrowserTests.Browser browser) : IClassFixture<ReviewPageBrowserTests.Browser>
{
    private const string Chromium = "/usr/bin/chromium";
    private const string SeedWithFlags = "004_3955c0ba8186baac.txt";

    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--no-first-run", "--disable-quic",
    ];

    private WebServerProcess server => browser.Server;

    [Fact]
    public void The_server_listens_on_loopback_only() => Assert.Equal("127.0.0.1", server.Address.Host);

    [SkippableFact]
    public async Task A_seed_article_is_shown_with_highlights_speakers_and_flags()
    {
        await using var session = await OpenPageAsync();
        var page = session.Page;
        var expected = await AnalyseOnServerAsync(SeedWithFlags);

        await page.SelectOptionAsync("#bundled", SeedWithFlags);
        // Waited for through the page's own status line: string predicates would need eval, which the page's CSP forbids.
        await page.Locator("#status").Filter(new LocatorFilterOptions { HasText = "Loaded " + SeedWithFlags }).WaitForAsync();
        await page.ClickAsync("#analyze");
        await page.WaitForSelectorAsync("body[data-analysed='true']");

        // Highlights: every statement has at least one highlighted piece, coloured by its speaker.
        var highlighted = await page.EvaluateAsync<int[]>(
            "[...new Set([...document.querySelectorAll('#article [data-statement]')].map(n => Number(n.dataset.statement)))]");
        Assert.Equal(expected.GetProperty("statements").GetArrayLength(), highlighted.Length);
        Assert.Equal(expected.GetProperty("text").GetString(), await page.InnerTextAsync("#article"));

        // Speakers panel and legend: every entity, with gender for persons.
        var speakers = await page.InnerTextAsync("#speakers");
        foreach (var entity in expected.GetProperty("entities").EnumerateArray())
        {
            Assert.Contains(entity.GetProperty("name").GetString()!, speakers, StringComparison.Ordinal);
        }

        Assert.Contains("gender:", speakers, StringComparison.Ordinal);
        Assert.NotEqual(0, await page.Locator("#legend .swatch").CountAsync());

        // Reliability panel: every flag, and its evidence lights up in the article when the flag is pointed at.
        var flags = expected.GetProperty("reliability").GetProperty("flags");
        Assert.Equal(flags.GetArrayLength(), await page.Locator("#flags .flag").CountAsync());
        var withEvidence = flags.EnumerateArray().ToList().FindIndex(f => f.GetProperty("evidence").GetArrayLength() > 0);
        await page.HoverAsync($"#flags .flag[data-flag='{withEvidence}']");
        Assert.NotEqual(0, await page.Locator("#article .evidence.active").CountAsync());

        // Hover on a statement shows its speaker, kind, type, mention, method and confidence.
        await page.HoverAsync("#article [data-statement='0']");
        var tooltip = await page.InnerTextAsync("#tooltip");
        var first = expected.GetProperty("statements")[0];
        Assert.Contains($"kind: {first.GetProperty("kind").GetString()} · type: {first.GetProperty("type").GetString()}", tooltip, StringComparison.Ordinal);
        Assert.Contains("method:", tooltip, StringComparison.Ordinal);
        Assert.Contains("confidence:", tooltip, StringComparison.Ordinal);

        // The statement list: one item per statement, with its type.
        Assert.Equal(
            expected.GetProperty("statements").EnumerateArray().Select(s => s.GetProperty("type").GetString()!).ToArray(),
            await page.EvaluateAsync<string[]>("[...document.querySelectorAll('#statements .statement-item .type-badge')].map(n => n.textContent)"));

        // The attribution chain is drawn link by link.
        var chain = expected.GetProperty("reliability").GetProperty("attributionChain");
        Assert.Equal(chain.GetArrayLength() == 0 ? 0 : chain.GetArrayLength() + 2, await page.Locator("#chain .link").CountAsync());

        await page.Mouse.MoveAsync(0, 0);
        await page.HoverAsync($"#flags .flag[data-flag='{withEvidence}']");
        // The first speaker's mentions marked too, as pointing at its name does, without scrolling down to the name.
        await page.DispatchEventAsync("#speakers .entity-name", "mouseenter");
        await SaveScreenshotAsync(page);
    }

    [SkippableFact]
    public async Task Panels_stay_hidden_until_a_result_and_both_modes_are_offered()
    {
        await using var session = await OpenPageAsync();
        var page = session.Page;

        Assert.False(await page.IsVisibleAsync("#result"));
        Assert.True(await page.IsVisibleAsync("#mode"));
        Assert.Equal(["accurate", "fast"], await page.EvaluateAsync<string[]>("[...document.querySelectorAll('#mode option')].map(o => o.value)"));

        await page.FillAsync("#content", "“We are open,” said Anna Berg.");
        await page.SelectOptionAsync("#mode", "fast");
        await page.ClickAsync("#analyze");
        await page.WaitForSelectorAsync("body[data-analysed='true']");
        Assert.True(await page.IsVisibleAsync("#result"));
        Assert.Equal("1 statement, 1 speaker, 0 flags (fast (rules alone) mode).", await page.InnerTextAsync("#status"));
    }

    [SkippableFact]
    public async Task Each_statement_shows_its_type_and_unticking_a_type_hides_its_statements()
    {
        await using var session = await OpenPageAsync();
        var page = session.Page;
        const string Text = "“We are open,” said Anna Berg. Anna Berg said that taxes would not rise. Anna Berg believes that "
            + "the plan will work. A new study found that prices fell in May. Anna Berg vowed to fight the ruling in court. "
            + "Officials believe that the bridge will reopen.";
        var expected = await AnalyseOnServerAsync(Text, "types.txt", "fast");
        var types = expected.GetProperty("statements").EnumerateArray().Select(s => s.GetProperty("type").GetString()!).ToArray();
        // The fixture holds every type, and belief twice, so that the filter has something to hide and something to keep.
        Assert.Equal(["assertion", "belief", "eventuality", "fact"], types.Distinct().Order(StringComparer.Ordinal));
        Assert.Equal(2, types.Count(t => t == "belief"));

        await page.FillAsync("#content", Text);
        await page.SelectOptionAsync("#mode", "fast");
        await page.ClickAsync("#analyze");
        await page.WaitForSelectorAsync("body[data-analysed='true']");

        // Counts per type, every box ticked, every statement highlighted and listed with its type.
        foreach (var type in new[] { "assertion", "belief", "fact", "eventuality" })
        {
            Assert.Equal(types.Count(t => t == type).ToString(System.Globalization.CultureInfo.InvariantCulture), await page.InnerTextAsync($"#types .count[data-type='{type}']"));
            Assert.True(await page.IsCheckedAsync($"#types input[value='{type}']"));
        }

        Assert.Equal($"(all {types.Length} statements shown)", await page.InnerTextAsync("#types-shown"));
        Assert.Equal(Enumerable.Range(0, types.Length).ToArray(), await HighlightedAsync(page));
        Assert.Equal(types, await page.EvaluateAsync<string[]>("[...document.querySelectorAll('#statements .statement-item .type-badge')].map(n => n.textContent)"));
        var belief = Array.IndexOf(types, "belief");
        await page.HoverAsync($"#article [data-statement='{belief}']");
        Assert.Contains("type: belief", await page.InnerTextAsync("#tooltip"), StringComparison.Ordinal);
        await page.Mouse.MoveAsync(0, 0);

        // Unticked from the keyboard: Tab reaches the box, Space unticks it; the beliefs leave the article's
        // highlights and the list, their text stays, and the others stay as they were.
        await page.FocusAsync("#types input[value='assertion']");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Space");
        Assert.False(await page.IsCheckedAsync("#types input[value='belief']"));
        var kept = Enumerable.Range(0, types.Length).Where(i => types[i] != "belief").ToArray();
        Assert.Equal(kept, await HighlightedAsync(page));
        Assert.Equal(kept, await page.EvaluateAsync<int[]>(
            "[...document.querySelectorAll('#statements .statement-item')].filter(n => n.checkVisibility()).map(n => Number(n.dataset.statement))"));
        Assert.Equal(Text, await page.EvaluateAsync<string>("document.getElementById('article').textContent"));
        Assert.Equal($"({kept.Length} of {types.Length} statements shown)", await page.InnerTextAsync("#types-shown"));
        Assert.Equal("2", await page.InnerTextAsync("#types .count[data-type='belief']"));

        // Every type unticked: nothing highlighted, the list says why; ticked again by a click, all come back.
        foreach (var type in new[] { "assertion", "fact", "eventuality" })
        {
            await page.UncheckAsync($"#types input[value='{type}']");
        }

        Assert.Empty(await HighlightedAsync(page));
        Assert.True(await page.IsVisibleAsync("#statements .none"));
        foreach (var type in new[] { "assertion", "belief", "fact", "eventuality" })
        {
            await page.CheckAsync($"#types input[value='{type}']");
        }

        Assert.Equal(Enumerable.Range(0, types.Length).ToArray(), await HighlightedAsync(page));
        Assert.False(await page.IsVisibleAsync("#statements .none"));
    }

    [SkippableFact]
    public async Task Pointing_at_or_focusing_a_speakers_name_marks_exactly_its_mentions()
    {
        await using var session = await OpenPageAsync();
        var page = session.Page;
        const string Text = "“We are open,” said Anna Berg, the mayor of Tartu. “We will stay open all winter,” she said. Berg said "
            + "that taxes would not rise. The mayor added that the bridge would reopen in May. Peter Kask said the plan was "
            + "sound. He said that prices would fall.";
        var expected = await AnalyseOnServerAsync(Text, "mentions.txt", "fast");
        var entities = expected.GetProperty("entities").EnumerateArray().ToArray();
        var mentions = entities.Select(e => e.GetProperty("mentions").EnumerateArray()
            .Select(m => $"{m.GetProperty("start").GetInt32()}:{m.GetProperty("length").GetInt32()}:{m.GetProperty("kind").GetString()}:{m.GetProperty("text").GetString()}")
            .ToArray()).ToArray();
        // The fixture: two persons, each with a name and a pronoun, the first also through a surname and a descriptor, so
        // that marking too few, too many or the other person's mentions shows.
        Assert.Equal(2, entities.Length);
        Assert.All(mentions, m => Assert.Contains(m, x => x.Split(':')[2] == "pronoun"));
        Assert.True(mentions[0].Length >= 4, string.Join(" | ", mentions[0]));

        await page.FillAsync("#content", Text);
        await page.SelectOptionAsync("#mode", "fast");
        await page.ClickAsync("#analyze");
        await page.WaitForSelectorAsync("body[data-analysed='true']");
        var drawn = await ArticleNodesAsync(page);
        Assert.Empty(await MarkedMentionsAsync(page));

        // Each entry counts its mentions by kind, in the contract's order.
        Assert.Equal(entities.Select(MentionCounts).ToArray(), await page.EvaluateAsync<string[]>(
            "[...document.querySelectorAll('#speakers .speaker .mention-counts')].map(n => n.textContent)"));

        // The pointer on a name marks exactly that entity's mentions (offsets, kinds and text); leaving it removes them
        // and leaves the article as it was drawn.
        var names = page.Locator("#speakers .entity-name");
        for (var i = 0; i < entities.Length; i++)
        {
            await names.Nth(i).HoverAsync();
            Assert.Equal(mentions[i], await MarkedMentionsAsync(page));
            Assert.Equal(Text, await page.EvaluateAsync<string>("document.getElementById('article').textContent"));
            await page.Mouse.MoveAsync(0, 0);
            Assert.Empty(await MarkedMentionsAsync(page));
            Assert.Equal(drawn, await ArticleNodesAsync(page));
        }

        // The same from the keyboard: focus marks, Tab to the next name moves the marks to its entity, blur removes them.
        await names.Nth(0).FocusAsync();
        Assert.Equal(mentions[0], await MarkedMentionsAsync(page));
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal(mentions[1], await MarkedMentionsAsync(page));
        await names.Nth(1).BlurAsync();
        Assert.Empty(await MarkedMentionsAsync(page));
        Assert.Equal(drawn, await ArticleNodesAsync(page));
    }

    [SkippableFact]
    public async Task Forty_speakers_get_forty_distinct_colours()
    {
        await using var session = await OpenPageAsync();

        var colours = await session.Page.EvaluateAsync<string[]>("Array.from({ length: 40 }, (_, n) => speakerColour(n))");

        Assert.Equal(40, colours.Distinct(StringComparer.Ordinal).Count());
    }

    [SkippableFact]
    public async Task A_hostile_article_stays_text()
    {
        await using var session = await OpenPageAsync();
        var page = session.Page;
        const string Hostile =
            "<script>window.__pwned = 1</script><img src=x onerror=\"window.__pwned = 2\">\n\n" +
            // The handler's value is unquoted: a straight quote inside the quoted words would end the quote there, and
            // the broken quote left would be too improbable to be shown (MinimumConfidence), leaving nothing to hover.
            "“We are <b onmouseover=window.__pwned=3>open</b>,” said Anna Berg. <iframe src=\"javascript:window.__pwned = 4\"></iframe>";

        await page.FillAsync("#content", Hostile);
        await page.SelectOptionAsync("#format", "text");
        await page.ClickAsync("#analyze");
        await page.WaitForSelectorAsync("body[data-analysed='true']");
        await page.HoverAsync("#article [data-statement='0']");

        Assert.Null(await page.EvaluateAsync<int?>("window.__pwned ?? null"));
        Assert.Equal(0, await page.Locator("#article script, #article img, #article iframe, #article b").CountAsync());
        Assert.Equal(Hostile, await page.EvaluateAsync<string>("document.getElementById('article').textContent"));
        Assert.Contains("Anna Berg", await page.InnerTextAsync("#speakers"), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task A_hostile_page_read_as_html_runs_none_of_its_script()
    {
        await using var session = await OpenPageAsync();
        var page = session.Page;
        const string Page =
            "<html><head><title>&lt;img src=x onerror=\"window.__pwned=5\"&gt;</title></head><body>" +
            "<p>“We are open,” said Anna Berg.</p><script>window.__pwned = 6</script>" +
            "<p>&lt;script&gt;window.__pwned = 7&lt;/script&gt;</p></body></html>";

        await page.FillAsync("#content", Page);
        await page.SelectOptionAsync("#format", "html");
        await page.ClickAsync("#analyze");
        await page.WaitForSelectorAsync("body[data-analysed='true']");

        Assert.Null(await page.EvaluateAsync<int?>("window.__pwned ?? null"));
        Assert.Equal(0, await page.Locator("img, iframe").CountAsync());
        Assert.Contains("<img src=x", await page.InnerTextAsync("#title"), StringComparison.Ordinal);
        Assert.Contains("<script>window.__pwned = 7</script>", await page.InnerTextAsync("#article"), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task An_uploaded_html_file_is_read_as_html()
    {
        await using var session = await OpenPageAsync();
        var page = session.Page;
        var html = "<html><head><title>Uploaded page</title></head><body><nav>Home</nav><p>“We are open,” said Anna Berg.</p></body></html>";

        await page.SetInputFilesAsync("#upload", new FilePayload { Name = "upload.html", MimeType = "text/html", Buffer = System.Text.Encoding.UTF8.GetBytes(html) });
        await page.Locator("#status").Filter(new LocatorFilterOptions { HasText = "Loaded upload.html" }).WaitForAsync();
        await page.ClickAsync("#analyze");
        await page.WaitForSelectorAsync("body[data-analysed='true']");

        Assert.Equal("Uploaded page", await page.InnerTextAsync("#title"));
        Assert.DoesNotContain("<p>", await page.InnerTextAsync("#article"), StringComparison.Ordinal);
        Assert.Contains("Anna Berg", await page.InnerTextAsync("#legend"), StringComparison.Ordinal);
    }

    /// <summary>The statements highlighted in the article, by index, in order.</summary>
    private static async Task<int[]> HighlightedAsync(IPage page) => await page.EvaluateAsync<int[]>(
        "[...new Set([...document.querySelectorAll('#article [data-statement]')].map(n => Number(n.dataset.statement)))].sort((a, b) => a - b)");

    /// <summary>
    /// The entity mentions marked in the article, one per mention (its marks joined, in case highlights split it), in
    /// text order, each as <c>start:length:kind:text</c> with the start counted in the article's text.
    /// </summary>
    private static async Task<string[]> MarkedMentionsAsync(IPage page) => await page.EvaluateAsync<string[]>("""
        (() => {
          const article = document.getElementById('article');
          const found = new Map();
          for (const mark of article.querySelectorAll('mark.entity-mention')) {
            const before = document.createRange();
            before.setStart(article, 0);
            before.setEnd(mark, 0);
            const seen = found.get(mark.dataset.mention);
            if (seen) seen.text += mark.textContent;
            else found.set(mark.dataset.mention, { start: before.toString().length, kind: mark.dataset.kind, text: mark.textContent });
          }
          return [...found.values()].map(m => m.start + ':' + m.text.length + ':' + m.kind + ':' + m.text);
        })()
        """);

    /// <summary>The article's nodes, each as its tag (or <c>#text</c>), child count and text: unmarking must restore them.</summary>
    private static async Task<string[]> ArticleNodesAsync(IPage page) => await page.EvaluateAsync<string[]>(
        "[...document.getElementById('article').childNodes].map(n => n.nodeName + ':' + n.childNodes.length + ':' + n.textContent)");

    /// <summary>"1 name · 1 alias · 2 pronouns": an entity's mentions counted by kind in the contract's order, as the panel says.</summary>
    private static string MentionCounts(JsonElement entity)
    {
        string[] kinds = ["name", "alias", "acronym", "title", "descriptor", "pronoun"];
        var counts = entity.GetProperty("mentions").EnumerateArray().GroupBy(m => m.GetProperty("kind").GetString()!)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        Assert.All(counts.Keys, k => Assert.Contains(k, kinds));
        return string.Join(" · ", kinds.Where(counts.ContainsKey).Select(k =>
            $"{counts[k]} {(counts[k] == 1 ? k : k == "alias" ? "aliases" : k + "s")}"));
    }

    private async Task<JsonElement> AnalyseOnServerAsync(string name)
    {
        using var client = new HttpClient { BaseAddress = server.Address };
        return await AnalyseOnServerAsync(await client.GetStringAsync("api/articles/" + name), name, mode: null);
    }

    private async Task<JsonElement> AnalyseOnServerAsync(string content, string name, string? mode)
    {
        using var client = new HttpClient { BaseAddress = server.Address };
        using var response = await client.PostAsJsonAsync("api/analyze", new { content, format = "auto", name, mode });
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.Clone();
    }

    private async Task<BrowserSession> OpenPageAsync()
    {
        var required = Environment.GetEnvironmentVariable("STATEMENTKIT_REQUIRE_BROWSER") == "1";
        if (!File.Exists(Chromium))
        {
            Assert.False(required, $"{Chromium} is missing and STATEMENTKIT_REQUIRE_BROWSER=1 (install Debian's chromium)");
            Skip.If(true, $"{Chromium} not found: install Debian's chromium (apt-get install chromium) to run the browser tests");
        }

        var context = await (await browser.LaunchAsync()).NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1360, Height = 900 } });
        // Playwright's default of 30 s for each wait was exceeded on a loaded two-core machine (the page's first load,
        // an analysis); a page that never gets there still fails, after two minutes.
        context.SetDefaultTimeout(120_000);
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.PageError += (_, error) => errors.Add(error);
        await page.GotoAsync(server.Address.ToString());
        await page.WaitForSelectorAsync("body[data-ready='true']");
        return new BrowserSession(context, page, errors);
    }

    private static async Task SaveScreenshotAsync(IPage page)
    {
        var path = Environment.GetEnvironmentVariable("STATEMENTKIT_UPDATE_SCREENSHOT") == "1"
            ? Path.Combine(RepositoryRoot.Path, "docs", "review-page.png")
            : Path.Combine(AppContext.BaseDirectory, "review-page.png");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path });
        Assert.True(new FileInfo(path).Length > 10_000);
    }

    private sealed record BrowserSession(IBrowserContext Context, IPage Page, List<string> Errors) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await Context.CloseAsync();
            Assert.True(Errors.Count == 0, "errors on the page: " + string.Join(" | ", Errors));
        }
    }

    /// <summary>One server process and one chromium for the class; each test gets its own browser context.</summary>
    public sealed class Browser : IAsyncLifetime
    {
        private IPlaywright? playwright;
        private IBrowser? chromium;

        public WebServerProcess Server { get; } = new();

        public Task InitializeAsync() => Server.InitializeAsync();

        public async Task<IBrowser> LaunchAsync()
        {
            playwright ??= await Playwright.CreateAsync();
            return chromium ??= await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = Chromium,
                Headless = true,
                Args = ChromiumArgs,
                Timeout = 120_000,
            });
        }

        public async Task DisposeAsync()
        {
            if (chromium is not null)
            {
                await chromium.CloseAsync();
            }

            playwright?.Dispose();
            await Server.DisposeAsync();
        }
    }
}
