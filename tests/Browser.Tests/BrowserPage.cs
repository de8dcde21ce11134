using Microsoft.Playwright;

namespace MentorGraph.Browser.Tests;

/// <summary>
/// One browser tab of a test, at a viewport size, recording what a person would not want to see: console errors,
/// uncaught exceptions and failed requests; and every GraphQL operation the page sends.
/// </summary>
public sealed class BrowserPage : IAsyncDisposable
{
    private readonly IBrowserContext _context;

    private BrowserPage(IBrowserContext context, IPage page)
    {
        _context = context;
        Page = page;
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                Errors.Add($"console: {message.Text}");
            }
        };
        page.PageError += (_, error) => Errors.Add($"page error: {error}");
        page.RequestFailed += (_, request) => Errors.Add($"request failed: {request.Method} {request.Url} {request.Failure}");
        page.Request += (_, request) =>
        {
            if (request.Url.Contains("/graphql", StringComparison.Ordinal) && request.Method == "POST" && request.PostData is { } body)
            {
                lock (GraphQLBodies)
                {
                    GraphQLBodies.Add(body);
                }
            }
        };
    }

    public IPage Page { get; }

    public List<string> Errors { get; } = [];

    public List<string> GraphQLBodies { get; } = [];

    public static async Task<BrowserPage> OpenAsync(IBrowser browser, int width = 1280, int height = 800)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = "en-GB",
            TimezoneId = "UTC",
        });
        // The machine is small and shared: GraphiQL's editor (Monaco) can take many seconds to start under load.
        context.SetDefaultTimeout(60_000);
        return new BrowserPage(context, await context.NewPageAsync());
    }

    /// <summary>Waits until no chart is loading any more; returns each chart's name and state.</summary>
    public async Task<Dictionary<string, string>> ChartStatesAsync(int expectedAtLeast = 1)
    {
        await Page.WaitForFunctionAsync(
            "n => { const f = [...document.querySelectorAll('figure[data-chart]')]; return f.length >= n && f.every(x => x.dataset.state !== 'loading'); }",
            expectedAtLeast,
            new PageWaitForFunctionOptions { Timeout = 60_000 });
        var states = await Page.EvaluateAsync<string[][]>("() => [...document.querySelectorAll('figure[data-chart]')].map(f => [f.dataset.chart, f.dataset.state])");
        return states.ToDictionary(s => s[0], s => s[1]);
    }

    /// <summary>Writes <c>NAME.png</c> to <see cref="Artifacts.Directory"/>: the whole page, or what the screen shows.</summary>
    public async Task ScreenshotAsync(string name, bool fullPage = true)
    {
        Directory.CreateDirectory(Artifacts.Directory);
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Artifacts.Directory, name + ".png"), FullPage = fullPage });
    }

    public async ValueTask DisposeAsync() => await _context.DisposeAsync();
}
