using MentorGraph.Api.Auth;
using Microsoft.Playwright;

namespace MentorGraph.Browser.Tests;

/// <summary>
/// The landing page, the dashboard and GraphiQL in a real Chromium against a seeded server: what an executive, a
/// member and a front-end developer see. Screenshots go to <see cref="Artifacts.Directory"/>.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class WebAppBrowserTests(DashboardServerFixture server) : IClassFixture<DashboardServerFixture>
{
    private static readonly string[] InsightFields = ["knowledgeFlow", "trendingTopics", "engagement", "participation", "teachersFor", "activeClassifier", "topicTrends"];

    /// <summary>Each chart of the organisation's view and the root field its data comes from.</summary>
    private static readonly Dictionary<string, string> OrganisationChartFields = new()
    {
        ["flow-over-time"] = "knowledgeFlow",
        ["flow-by-department"] = "knowledgeFlow",
        ["flow-by-band-pair"] = "knowledgeFlow",
        ["reciprocity"] = "knowledgeFlow",
        ["trending-topics"] = "trendingTopics",
        ["engagement"] = "engagement",
        ["participation"] = "participation",
        ["teachers"] = "teachersFor",
        ["lesson-feed"] = "lessonFeed",
        ["classifier"] = "activeClassifier",
    };

    private static readonly string[] OrganisationCharts = [.. OrganisationChartFields.Keys];

    [Fact]
    public async Task Dashboard_ForAnExecutive_ShowsEveryChartWithData_TakesTheTokenOutOfTheAddress_AndLogsNoErrors()
    {
        await using var tab = await BrowserPage.OpenAsync(server.Browser);
        var token = server.Token(server.DemoEmails[Roles.Executive], Roles.Executive);

        await tab.Page.GotoAsync(server.DashboardUrl(token));
        var states = await tab.ChartStatesAsync(OrganisationCharts.Length);
        await tab.ScreenshotAsync("dashboard-1280x800");

        Assert.Equal(OrganisationCharts.Order(), states.Keys.Order());
        // Every chart whose insight the server offers has data; one the server lacks (an insight still being built)
        // says so in its error state, without sending a query that fails.
        var offered = await server.QueryFieldsAsync();
        Assert.All(OrganisationCharts, chart => Assert.True(
            states[chart] == (offered.Contains(OrganisationChartFields[chart]) ? "ready" : "error"),
            $"{chart} is {states[chart]}; the server {(offered.Contains(OrganisationChartFields[chart]) ? "offers" : "lacks")} {OrganisationChartFields[chart]}"));
        Assert.Contains("knowledgeFlow", offered);
        // Every insight the dashboard charts is built now: none may fall back to its error state.
        Assert.All(OrganisationChartFields.Values, field => Assert.Contains(field, offered));
        // Engagement reads the rollup the fixture refreshed: sessions were held in the seed's year.
        Assert.Matches(@"[1-9][\d,]* of [\d,]+ expected sessions held", await tab.Page.Locator("figure[data-chart='engagement']").InnerTextAsync());
        Assert.DoesNotContain("token=", tab.Page.Url, StringComparison.Ordinal);
        Assert.Equal("person", await tab.Page.GetAttributeAsync(".who", "data-viewer"));
        // Each chart with data has a text alternative: a sentence, and its data as a table.
        Assert.Equal(states.Count(chart => chart.Value == "ready"), await tab.Page.Locator("figure[data-chart] .figure-alternative p.visually-hidden").CountAsync());
        Assert.Contains("Rising", await tab.Page.Locator("figure[data-chart='trending-topics']").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Empty(tab.Errors);
    }

    [Fact]
    public async Task Dashboard_OnAPhone_IsOneColumnWithoutHorizontalScrolling()
    {
        await using var tab = await BrowserPage.OpenAsync(server.Browser, 390, 844);
        var token = server.Token(server.DemoEmails[Roles.Executive], Roles.Executive);

        await tab.Page.GotoAsync(server.DashboardUrl(token));
        await tab.ChartStatesAsync(OrganisationCharts.Length);
        await tab.ScreenshotAsync("dashboard-390x844");
        await tab.ScreenshotAsync("dashboard-390x844-first-screen", fullPage: false);

        var overflow = await tab.Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 0, $"The page is {overflow}px wider than the phone's screen.");
        Assert.Empty(tab.Errors);
    }

    [Fact]
    public async Task Dashboard_FilterChange_RedrawsTheChartsAndPutsTheFilterInTheUrl()
    {
        await using var tab = await BrowserPage.OpenAsync(server.Browser);
        var token = server.Token(server.DemoEmails[Roles.Executive], Roles.Executive);
        await tab.Page.GotoAsync(server.DashboardUrl(token));
        await tab.ChartStatesAsync(OrganisationCharts.Length);
        var notesBefore = await tab.Page.Locator("#kpi-notes .kpi-value").InnerTextAsync();
        var requestsBefore = tab.GraphQLBodies.Count;

        var department = await tab.Page.Locator("#filter-department option").Nth(1).GetAttributeAsync("value");
        await tab.Page.Locator("#filter-department").FocusAsync();
        await tab.Page.Locator("#filter-department").SelectOptionAsync(department!);
        await tab.Page.WaitForURLAsync(url => url.Contains("department=", StringComparison.Ordinal));
        var states = await tab.ChartStatesAsync(OrganisationCharts.Length);

        Assert.Contains($"department={Uri.EscapeDataString(department!)}", tab.Page.Url, StringComparison.Ordinal);
        Assert.Contains(tab.GraphQLBodies.Skip(requestsBefore), body => body.Contains("knowledgeFlow", StringComparison.Ordinal) && body.Contains(department!, StringComparison.Ordinal));
        Assert.Equal("ready", states["flow-over-time"]);
        Assert.NotEqual(notesBefore, await tab.Page.Locator("#kpi-notes .kpi-value").InnerTextAsync());
        Assert.Equal("filter-department", await tab.Page.EvaluateAsync<string>("() => document.activeElement.id"));

        // The URL is the view: opening it again shows the same filter.
        await tab.Page.ReloadAsync();
        await tab.ChartStatesAsync(OrganisationCharts.Length);
        Assert.Equal(department, await tab.Page.Locator("#filter-department").InputValueAsync());
        Assert.Empty(tab.Errors);
    }

    [Fact]
    public async Task Dashboard_WithTheKeyboard_SkipsToTheContent_ChangesTheTeachersTopic_AndGoesBackThroughTheHistory()
    {
        await using var tab = await BrowserPage.OpenAsync(server.Browser);
        var token = server.Token(server.DemoEmails[Roles.Executive], Roles.Executive);
        await tab.Page.GotoAsync(server.DashboardUrl(token));
        await tab.ChartStatesAsync(OrganisationCharts.Length);
        var teachersBefore = await tab.Page.Locator("figure[data-chart='teachers']").GetAttributeAsync("data-state");

        await tab.Page.Keyboard.PressAsync("Tab");
        var first = await tab.Page.EvaluateAsync<string>("() => document.activeElement.textContent");
        await tab.Page.Keyboard.PressAsync("Enter");
        await tab.Page.Locator("#teachers-topic").FocusAsync();
        await tab.Page.Keyboard.PressAsync("ArrowDown");
        await tab.Page.WaitForURLAsync(url => url.Contains("topic=", StringComparison.Ordinal));
        await tab.ChartStatesAsync(OrganisationCharts.Length);
        var topic = await tab.Page.Locator("#teachers-topic").InputValueAsync();
        await tab.Page.GoBackAsync();
        await tab.ChartStatesAsync(OrganisationCharts.Length);

        Assert.Equal("Skip to content", first);
        Assert.NotEqual("SOCIAL_MEDIA", topic);
        Assert.DoesNotContain("topic=", tab.Page.Url, StringComparison.Ordinal);
        Assert.Equal("SOCIAL_MEDIA", await tab.Page.Locator("#teachers-topic").InputValueAsync());
        Assert.Equal(teachersBefore, await tab.Page.Locator("figure[data-chart='teachers']").GetAttributeAsync("data-state"));
        Assert.Empty(tab.Errors);
    }

    [Fact]
    public async Task Dashboard_SmallGroups_AreShownAsSuppressed_NeverAsZeros()
    {
        await using var tab = await BrowserPage.OpenAsync(server.Browser);
        var token = server.Token(server.DemoEmails[Roles.Executive], Roles.Executive);
        // One department: some of its band pairs (and months) have fewer than five authors.
        await tab.Page.GotoAsync(server.DashboardUrl(token));
        await tab.ChartStatesAsync(OrganisationCharts.Length);
        var department = await tab.Page.Locator("#filter-department option").Nth(1).GetAttributeAsync("value");
        await tab.Page.Locator("#filter-department").SelectOptionAsync(department!);
        await tab.Page.WaitForURLAsync(url => url.Contains("department=", StringComparison.Ordinal));
        await tab.ChartStatesAsync(OrganisationCharts.Length);
        await tab.ScreenshotAsync("dashboard-suppressed-1280x800");

        var bandPair = tab.Page.Locator("figure[data-chart='flow-by-band-pair']");
        var state = await bandPair.GetAttributeAsync("data-state");
        Assert.True(state is "suppressed" or "ready", $"flow-by-band-pair is {state}");
        if (state == "ready")
        {
            Assert.True(await bandPair.Locator(".suppressed-note").CountAsync() == 1, "A band pair with too few people is listed as suppressed.");
            Assert.Contains("suppressed", await bandPair.Locator("table").TextContentAsync() ?? "", StringComparison.Ordinal);
        }
        else
        {
            Assert.Contains("Suppressed", await bandPair.InnerTextAsync(), StringComparison.Ordinal);
        }

        Assert.Empty(tab.Errors);
    }

    [Fact]
    public async Task Dashboard_ForATokenOfNoOneInTheDirectory_ShowsTheOrganisationsView()
    {
        await using var tab = await BrowserPage.OpenAsync(server.Browser);
        var token = server.Token("board-screen@example.com", Roles.Executive);

        await tab.Page.GotoAsync(server.DashboardUrl(token));
        var states = await tab.ChartStatesAsync(OrganisationCharts.Length);

        Assert.Equal("none", await tab.Page.GetAttributeAsync(".who", "data-viewer"));
        Assert.Equal("ready", states["flow-over-time"]);
        Assert.Empty(tab.Errors);
    }

    [Fact]
    public async Task Landing_DevelopmentSignInAsAMember_ShowsTheirOwnMentoring_AndSendsNoInsightQuery()
    {
        await using var tab = await BrowserPage.OpenAsync(server.Browser);

        await tab.Page.GotoAsync(server.BaseUrl + "/");
        await tab.ScreenshotAsync("landing-1280x800");
        await tab.Page.Locator("button.persona[data-role='MEMBER']").ClickAsync();
        await tab.Page.WaitForURLAsync(url => url.EndsWith("/dashboard", StringComparison.Ordinal));
        var states = await tab.ChartStatesAsync(3);
        await tab.ScreenshotAsync("dashboard-member-1280x800");

        Assert.Equal(["my-lessons", "my-pairings", "my-sessions"], states.Keys.Order());
        Assert.All(states, chart => Assert.Equal("ready", chart.Value));
        Assert.NotEmpty(tab.GraphQLBodies);
        Assert.DoesNotContain(tab.GraphQLBodies, body => InsightFields.Any(field => body.Contains(field, StringComparison.Ordinal)));
        Assert.Empty(tab.Errors);
    }

    [Fact]
    public async Task GraphiQL_LoadsWithTheDevelopmentToken_AndRunsAQuery()
    {
        await using var tab = await BrowserPage.OpenAsync(server.Browser);

        await tab.Page.GotoAsync(server.BaseUrl + "/graphql");
        await tab.Page.Locator(".graphiql-container").WaitForAsync();
        // The container shows before the query editor has loaded its default operation; a click on "execute" then
        // sends nothing. Wait for the operation's text in the editor, and click again (a bounded number of times) if
        // a click found GraphiQL still starting.
        await tab.Page.Locator(".graphiql-query-editor", new PageLocatorOptions { HasText = "viewer" }).First.WaitForAsync();
        var response = await RunQueryAsync(tab.Page, attempts: 4, perAttempt: TimeSpan.FromSeconds(15));
        var body = await response.TextAsync();
        await tab.Page.GetByText("\"ADMIN\"").First.WaitForAsync();
        await tab.Page.Locator("[aria-label='Show Documentation Explorer']").ClickAsync();
        // The documentation explorer, from the schema's introspection: the root query type and its fields.
        await tab.Page.Locator("a.graphiql-doc-explorer-type-name", new PageLocatorOptions { HasText = "Query" }).First.ClickAsync();
        await tab.Page.Locator(".graphiql-doc-explorer-field-name", new PageLocatorOptions { HasText = "knowledgeFlow" }).First.WaitForAsync();
        await tab.ScreenshotAsync("graphiql-1280x800");

        Assert.Equal(200, response.Status);
        Assert.Contains("\"ADMIN\"", body, StringComparison.Ordinal);
        Assert.Contains("Bearer ", await response.Request.HeaderValueAsync("authorization") ?? "", StringComparison.Ordinal);
        Assert.Empty(tab.Errors);
    }

    private static async Task<IResponse> RunQueryAsync(IPage page, int attempts, TimeSpan perAttempt)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await page.RunAndWaitForResponseAsync(
                    () => page.Locator(".graphiql-execute-button").ClickAsync(),
                    r => r.Url.EndsWith("/graphql", StringComparison.Ordinal) && r.Request.Method == "POST" && r.Request.PostData!.Contains("viewer", StringComparison.Ordinal),
                    new PageRunAndWaitForResponseOptions { Timeout = (float)perAttempt.TotalMilliseconds });
            }
            catch (TimeoutException) when (attempt < attempts)
            {
            }
        }
    }
}
