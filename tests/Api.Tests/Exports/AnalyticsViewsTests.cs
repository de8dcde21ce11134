using MentorGraph.Api.Tests.Insights;
using MentorGraph.Tests.Support;
using Npgsql;

namespace MentorGraph.Api.Tests.Exports;

/// <summary>
/// The stable views of migration 0012 (schema <c>analytics</c>) on the labelled demo seed: the read-only role
/// <c>mentorgraph_analytics</c> reads every view and no table; every view and column is documented; no column could
/// carry text a person wrote; the trend view holds the rows /exports/topic-trends does.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class AnalyticsViewsTests(InsightsApiFixture api) : IClassFixture<InsightsApiFixture>
{
    private const string Role = "mentorgraph_analytics";

    [Theory]
    [InlineData("analytics.topic_trends")]
    [InlineData("analytics.knowledge_flow")]
    [InlineData("analytics.lessons")]
    public async Task AnalyticsRole_ReadsTheView_AndSeesRows(string view)
    {
        var count = await AsAnalyticsAsync($"SELECT count(*) FROM {view}");

        Assert.True((long)count! > 0, $"{view} is empty.");
    }

    [Theory]
    [InlineData("session_notes")]
    [InlineData("lessons")]
    [InlineData("people")]
    [InlineData("departments")]
    [InlineData("insights.topic_trends")]
    [InlineData("insights.published_lessons")]
    [InlineData("insights.published_knowledge_flow")]
    [InlineData("insights.published_topic_trends")]
    [InlineData("insights.publication_state")]
    public async Task AnalyticsRole_CannotReadTables(string table)
    {
        var error = await Assert.ThrowsAsync<PostgresException>(() => AsAnalyticsAsync($"SELECT count(*) FROM {table}"));

        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, error.SqlState);
    }

    [Fact]
    public async Task AnalyticsRole_CannotLogIn_NorWrite()
    {
        var canLogin = await ScalarAsync($"SELECT rolcanlogin FROM pg_roles WHERE rolname = '{Role}'");
        var error = await Assert.ThrowsAsync<PostgresException>(() => AsAnalyticsAsync("CREATE TABLE analytics.scratch (x int)"));

        Assert.Equal(false, canLogin);
        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, error.SqlState);
    }

    [Fact]
    public async Task EveryViewAndColumn_IsDocumented_AndNoColumnCanHoldWrittenText()
    {
        var undocumented = await ScalarAsync("""
            SELECT string_agg(c.relname || '.' || a.attname, ', ')
            FROM pg_class c
            JOIN pg_namespace n ON n.oid = c.relnamespace
            JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
            WHERE n.nspname = 'analytics' AND col_description(c.oid, a.attnum) IS NULL
            """);
        var views = await ScalarAsync("""
            SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = 'analytics' AND c.relkind = 'v' AND obj_description(c.oid, 'pg_class') IS NOT NULL
            """);
        var textColumns = await ScalarAsync("""
            SELECT string_agg(table_name || '.' || column_name, ',' ORDER BY table_name, column_name)
            FROM information_schema.columns WHERE table_schema = 'analytics' AND data_type = 'text'
            """);

        Assert.Null(undocumented);
        Assert.Equal(3L, views);
        // Enumerations and the department's name only: no title, detail, note body or person's name.
        Assert.Equal(
            "knowledge_flow.department,knowledge_flow.direction,knowledge_flow.topic,lessons.department,lessons.direction,lessons.topic,topic_trends.granularity,topic_trends.topic",
            textColumns);
    }

    [Fact]
    public async Task TopicTrendsView_HoldsTheRowsOfTheExport()
    {
        var export = (await api.GetAsync("/exports/topic-trends.csv?from=2020-01-01&to=2026-12-31", api.Token("ANALYST"))).CsvRows()
            .Select(r => string.Join('|', r.Values)).Order(StringComparer.Ordinal).ToList();
        var view = new List<string>();
        await using (var dataSource = NpgsqlDataSource.Create(api.ConnectionString))
        await using (var command = dataSource.CreateCommand("""
            SELECT concat_ws('|', granularity, period_start::text, topic, suppressed::text, coalesce(notes::text, ''), coalesce(share::text, ''),
                             coalesce(upward::text, ''), coalesce(downward::text, ''), coalesce(mutual::text, ''), coalesce(lessons::text, ''), coalesce(people::text, ''))
            FROM analytics.topic_trends
            """))
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                view.Add(reader.GetString(0));
            }
        }

        Assert.Equal(export.Count, view.Count);
        Assert.Equal(export, view.Order(StringComparer.Ordinal));
    }

    private async Task<object?> AsAnalyticsAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(api.ConnectionString);
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using (var setRole = new NpgsqlCommand($"SET LOCAL ROLE {Role}", connection, transaction))
        {
            await setRole.ExecuteNonQueryAsync();
        }

        await using var command = new NpgsqlCommand(sql, connection, transaction);
        return await command.ExecuteScalarAsync();
    }

    private async Task<object?> ScalarAsync(string sql)
    {
        await using var dataSource = NpgsqlDataSource.Create(api.ConnectionString);
        await using var command = dataSource.CreateCommand(sql);
        var value = await command.ExecuteScalarAsync();
        return value is DBNull ? null : value;
    }
}
