using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using MentorGraph.Api.Auth;
using MentorGraph.Api.Tests.Domain;
using MentorGraph.Api.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace MentorGraph.Api.Tests.Pipeline;

/// <summary>
/// What the pipeline's end-to-end tests share: the host of <c>serve</c> with a real Hangfire job server on a test
/// database (the small test classifier, loaded at once; timeouts shortened), GraphQL requests, and waiting for the
/// database to reach a state.
/// </summary>
public static class PipelineTestSupport
{
    /// <summary>A schedule that never comes during a test: the sweep stays out of the way.</summary>
    public const string NeverSweep = "0 0 1 1 *";

    /// <summary>The job settings of the tests: a job server in serve, quick polling, a 3 s invisibility timeout.</summary>
    public static Dictionary<string, string?> JobSettings(string sweepCron = NeverSweep, int batchSize = 64) => new()
    {
        ["Database:MigrateOnStart"] = "false",
        ["RateLimiting:Enabled"] = "false",
        ["Jobs:RunServerInServe"] = "true",
        ["Jobs:WorkerCount"] = "2",
        ["Jobs:QueuePollIntervalSeconds"] = "1",
        ["Jobs:SchedulePollingIntervalSeconds"] = "0.5",
        ["Jobs:InvisibilityTimeoutSeconds"] = "3",
        ["Jobs:HeartbeatIntervalSeconds"] = "1",
        ["Jobs:ServerTimeoutSeconds"] = "5",
        ["Jobs:ShutdownTimeoutSeconds"] = "2",
        ["Jobs:SweepCron"] = sweepCron,
        ["Jobs:BatchSize"] = batchSize.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Jobs:LessonTopicMinConfidence"] = "0.3",
    };

    /// <summary>The host of serve on a database the migrations fixture made: Hangfire's tables installed first, as serve's start does.</summary>
    public static Task<ApiTestHost> StartAsync(string connectionString, Dictionary<string, string?> settings)
    {
        MentorGraph.Api.Jobs.HangfireSchema.Install(connectionString, "hangfire");
        return ApiTestHost.StartAsync(connectionString, settings);
    }

    public static string Token(ApiTestHost host, string email, params string[] roles) =>
        host.App.Services.GetRequiredService<TokenIssuer>().Issue(email, roles, TimeSpan.FromMinutes(10));

    public static async Task<GraphQLResponse> RunAsync(ApiTestHost host, string query, string? token, object? variables = null)
    {
        var body = new JsonObject { ["query"] = query };
        if (variables is not null)
        {
            body["variables"] = JsonSerializer.SerializeToNode(variables);
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json") };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        using var response = await host.Client.SendAsync(request);
        return new GraphQLResponse((int)response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject());
    }

    /// <summary>Polls <paramref name="condition"/> until it holds; fails after <paramref name="seconds"/> with <paramref name="what"/>.</summary>
    public static async Task WaitForAsync(Func<Task<bool>> condition, string what, int seconds = 30)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"Timed out after {seconds} s waiting until {what}.");
            await Task.Delay(100);
        }
    }

    public static async Task<long> ScalarAsync(string connectionString, string sql, params object[] values)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var value in values)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value });
        }

        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Writes <paramref name="count"/> notes on new sessions of <paramref name="pairing"/> as the seed or an import would,
    /// straight into the table; with <paramref name="outbox"/>, also their outbox rows (what a write commits before it enqueues).
    /// </summary>
    public static async Task<long[]> InsertNotesAsync(string connectionString, long pairingId, long authorId, int count, bool outbox)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            WITH s AS (
                INSERT INTO sessions (pairing_id, scheduled_at, occurred_at, duration_minutes, format, status)
                SELECT $1, now() - make_interval(mins => g), now() - make_interval(mins => g), 30, 'COFFEE', 'COMPLETED'
                FROM generate_series(1, $3) g RETURNING id),
            n AS (
                INSERT INTO session_notes (session_id, author_id, text, visibility)
                SELECT s.id, $2, 'I showed Tom Instagram reels and TikTok followers. He had not seen it before. (' || s.id || ')', 'PAIR' FROM s
                RETURNING id),
            o AS (INSERT INTO classification_outbox (note_id, priority) SELECT id, 0 FROM n WHERE $4)
            SELECT array_agg(id ORDER BY id) FROM n
            """, connection);
        command.Parameters.Add(new NpgsqlParameter { Value = pairingId });
        command.Parameters.Add(new NpgsqlParameter { Value = authorId });
        command.Parameters.Add(new NpgsqlParameter { Value = count });
        command.Parameters.Add(new NpgsqlParameter { Value = outbox });
        return (long[])(await command.ExecuteScalarAsync())!;
    }
}
