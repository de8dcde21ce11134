using System.Net.Http.Json;
using System.Text.Json;
using MentorGraph.Api.Auth;
using MentorGraph.Api.Seed;
using MentorGraph.Api.Tests.Hosting;
using MentorGraph.Api.Tests.Insights;
using MentorGraph.Api.Tests.Seed;
using MentorGraph.Persistence;
using MentorGraph.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Npgsql;

namespace MentorGraph.Browser.Tests;

/// <summary>
/// A class fixture: the demo organisation as of <see cref="GeneratedSeed.Today"/> (with the seed's labels and its
/// trend tables refreshed) behind the composed host of <c>serve</c> in Development (so the development sign-in and
/// GraphiQL's prefilled token are there), serving the web app the build put in <c>wwwroot/</c>, and a headless
/// Chromium driven by Playwright: Debian's <c>/usr/bin/chromium</c> (<c>MENTORGRAPH_CHROMIUM</c> to use another),
/// never a browser Playwright downloads.
/// </summary>
public sealed class DashboardServerFixture(PostgresServerFixture server) : IAsyncLifetime
{
    private TestDatabase? _database;
    private ApiTestHost? _host;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>The period every test looks at: the seed's last 12 months (its data ends at <see cref="GeneratedSeed.Today"/>).</summary>
    public static string From { get; } = GeneratedSeed.Today.AddYears(-1).AddDays(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public static string To { get; } = GeneratedSeed.Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public string BaseUrl => _host?.Client.BaseAddress!.ToString().TrimEnd('/') ?? throw new InvalidOperationException("Not initialized.");

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("Not initialized.");

    /// <summary>The demo people (<see cref="DemoPeople"/>): role → email.</summary>
    public IReadOnlyDictionary<string, string> DemoEmails { get; private set; } = new Dictionary<string, string>();

    public static string ChromiumPath => Environment.GetEnvironmentVariable("MENTORGRAPH_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException(
                $"The browser tests need Chromium at {ChromiumPath}: install Debian's (apt-get install -y chromium chromium-driver; .ci/run does) or set MENTORGRAPH_CHROMIUM.");
        }

        _database = await SeedDatabase.CreateMigratedAsync(server);
        await SeedRunner.RunAsync(_database.ConnectionString, SeedOptions.Default(GeneratedSeed.Today) with { Labels = true }, SeedMode.Refuse);
        await using (var dataSource = NpgsqlDataSource.Create(_database.ConnectionString))
        {
            await InsightRollups.RefreshAsync(dataSource);
        }

        _host = await ApiTestHost.StartAsync(
            _database.ConnectionString,
            new Dictionary<string, string?> { ["Database:MigrateOnStart"] = "false", ["RateLimiting:Enabled"] = "false" },
            environmentName: "Development");
        await using (var scope = _host.App.Services.CreateAsyncScope())
        {
            var people = await DemoPeople.ChooseAsync(scope.ServiceProvider.GetRequiredService<MentorGraphDbContext>(), default);
            DemoEmails = people.ToDictionary(p => p.Role, p => p.Person.Email);
        }

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = ChromiumPath, Headless = true });
    }

    /// <summary>A token for <paramref name="email"/> with <paramref name="roles"/> (none: a plain member).</summary>
    public string Token(string email, params string[] roles) =>
        _host!.App.Services.GetRequiredService<TokenIssuer>().Issue(email, roles, TimeSpan.FromMinutes(30));

    /// <summary>The names of the root query fields the server offers (introspection).</summary>
    public async Task<HashSet<string>> QueryFieldsAsync()
    {
        using var response = await _host!.Client.PostAsJsonAsync("/graphql", new { query = "{ __schema { queryType { fields { name } } } }" });
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return body.GetProperty("data").GetProperty("__schema").GetProperty("queryType").GetProperty("fields")
            .EnumerateArray().Select(field => field.GetProperty("name").GetString()!).ToHashSet();
    }

    /// <summary>The dashboard's address for the test period, with a token in the fragment.</summary>
    public string DashboardUrl(string token, string query = "") =>
        $"{BaseUrl}/dashboard?from={From}&to={To}{query}#token={Uri.EscapeDataString(token)}";

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }

        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }
}
