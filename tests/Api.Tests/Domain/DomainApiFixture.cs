using System.Data.Common;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using MentorGraph.Analytics;
using MentorGraph.Api.Auth;
using MentorGraph.Api.Models;
using MentorGraph.Api.Tests.Hosting;
using MentorGraph.Persistence;
using MentorGraph.Tests.Support;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace MentorGraph.Api.Tests.Domain;

/// <summary>
/// A class fixture for the domain API's tests: a migrated database of the class's own and the composed host of
/// <c>serve</c> over it (real Kestrel, real PostgreSQL), with a counter of the SQL statements the API's
/// contexts run. Tests arrange rows with <see cref="Data"/> and act through GraphQL with a token of their
/// choosing.
/// </summary>
public sealed class DomainApiFixture(PostgresServerFixture server) : IAsyncLifetime
{
    private readonly MigratedDatabaseFixture _database = new(server);
    private ApiTestHost? _host;

    private static readonly IReadOnlyList<LabeledNote> RetrainingNotes =
    [
        new("r1", new Note("Maya showed me Instagram reels.", ParticipantRole.Senior, null, null), "social-media", "UPWARD"),
        new("r2", new Note("Tom explained the budget to me.", ParticipantRole.Junior, null, null), "business-fundamentals", "DOWNWARD"),
        new("r3", new Note("We both shared how we plan our week.", ParticipantRole.Junior, null, null), "productivity-tools", "MUTUAL"),
    ];

    public StatementCounter Statements { get; } = new();

    public ApiTestHost Host => _host ?? throw new InvalidOperationException("The fixture was not initialized.");

    public TestWorld Data => new(_database);

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();

        // serve installs Hangfire's tables with the migrations; the test host is started without them.
        Api.Jobs.HangfireSchema.Install(_database.ConnectionString, "hangfire");
        _host = await ApiTestHost.StartAsync(
            _database.ConnectionString,
            new Dictionary<string, string?> { ["Database:MigrateOnStart"] = "false", ["RateLimiting:Enabled"] = "false" },
            configureServices: services =>
            {
                services.AddSingleton<IInterceptor>(Statements);

                // A retrainClassifier run by a test trains on these three notes, not the whole corpus: quick, and its
                // challenger is rejected, so the class's notes keep their model.
                services.Replace(ServiceDescriptor.Singleton(new RetrainingCorpus(() => RetrainingNotes)));
            });
    }

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }

        await _database.DisposeAsync();
    }

    /// <summary>A token for <paramref name="email"/> with <paramref name="roles"/> (none: a plain member).</summary>
    public string Token(string email, params string[] roles) =>
        Host.App.Services.GetRequiredService<TokenIssuer>().Issue(email, roles, TimeSpan.FromMinutes(10));

    /// <summary>Runs <paramref name="query"/> as the holder of <paramref name="token"/> (anonymous when null); the whole response.</summary>
    public async Task<GraphQLResponse> RunAsync(string query, string? token, object? variables = null)
    {
        var body = new JsonObject { ["query"] = query };
        if (variables is not null)
        {
            body["variables"] = JsonSerializer.SerializeToNode(variables);
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        using var response = await Host.Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return new GraphQLResponse((int)response.StatusCode, JsonNode.Parse(text)!.AsObject());
    }
}

/// <summary>A GraphQL response: its status code, <c>data</c> and <c>errors</c>.</summary>
public sealed record GraphQLResponse(int Status, JsonObject Body)
{
    public JsonNode? Data => Body["data"];

    public JsonArray Errors => Body["errors"] as JsonArray ?? [];

    /// <summary>The data, after asserting there were no errors.</summary>
    public JsonNode Ok()
    {
        Assert.True(Errors.Count == 0, $"Unexpected errors: {Errors.ToJsonString()}");
        return Data!;
    }

    /// <summary>The codes of the errors, in order.</summary>
    public IReadOnlyList<string?> Codes => [.. Errors.Select(e => e?["extensions"]?["code"]?.GetValue<string>())];
}

/// <summary>Counts the SQL statements the API's database contexts run (the N+1 guard reads it).</summary>
public sealed class StatementCounter : DbCommandInterceptor
{
    private readonly List<string> _statements = [];

    public IReadOnlyList<string> Statements
    {
        get
        {
            lock (_statements)
            {
                return [.. _statements];
            }
        }
    }

    public void Reset()
    {
        lock (_statements)
        {
            _statements.Clear();
        }
    }

    public override DbCommand CommandInitialized(CommandEndEventData eventData, DbCommand result)
    {
        lock (_statements)
        {
            _statements.Add(result.CommandText);
        }

        return result;
    }
}
