using MentorGraph.Api.Seed;
using MentorGraph.Api.Tests.Seed;
using MentorGraph.Persistence.Insights;
using MentorGraph.Tests.Support;
using Npgsql;

namespace MentorGraph.Api.Tests.Insights;

/// <summary>
/// The engagement rollup (migration 0016) on PostgreSQL: the incremental refresh (only the days the triggers recorded)
/// gives exactly the numbers of a rebuild, through sessions held, feedback and lessons added, changed and deleted; a
/// department move makes the next refresh rebuild; the totals equal a direct count.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class EngagementDaysTests(PostgresServerFixture server)
{
    private static readonly SeedOptions SmallSeed = new(3, GeneratedSeed.Today, 600, null, SeedOptions.DefaultRisingTopics);

    [Fact]
    public async Task IncrementalRefresh_AfterSeedAndEdits_EqualsRebuild_AndTotalsEqualADirectCount()
    {
        await using var db = await SeedDatabase.CreateMigratedAsync(server);
        await using var dataSource = NpgsqlDataSource.Create(db.ConnectionString);
        var rollup = new EngagementDays(dataSource);
        await SeedRunner.RunAsync(db.ConnectionString, SmallSeed, SeedMode.Refuse);

        Assert.True(await rollup.RefreshAsync("UTC", default) > 100); // never built: a rebuild
        Assert.Equal(0, await rollup.RefreshAsync("UTC", default));
        var refreshed = await RollupTextAsync(dataSource);
        await rollup.RebuildAsync("UTC", default);
        Assert.Equal(await RollupTextAsync(dataSource), refreshed);

        await ExecuteAsync(dataSource, """
            DELETE FROM session_feedback WHERE id % 7 = 0;
            UPDATE sessions SET status = 'COMPLETED', occurred_at = scheduled_at WHERE status = 'SCHEDULED' AND scheduled_at < now() - interval '1 day' AND id % 3 = 0;
            INSERT INTO lessons (pairing_id, teacher_id, learner_id, title, direction, visibility, created_at, updated_at)
                SELECT pairing_id, teacher_id, learner_id, 'Again: ' || title, direction, visibility, created_at - interval '20 days', updated_at
                FROM lessons WHERE id % 5 = 0;
            UPDATE lessons SET created_at = created_at + interval '3 days' WHERE id % 11 = 0;
            DELETE FROM lessons WHERE id % 13 = 0;
            """);
        Assert.InRange(await rollup.RefreshAsync("UTC", default), 1, 400);
        var afterEdits = await RollupTextAsync(dataSource);
        Assert.NotEqual(refreshed, afterEdits);
        await rollup.RebuildAsync("UTC", default);
        Assert.Equal(await RollupTextAsync(dataSource), afterEdits);

        Assert.Equal(
            await SeedDatabase.CountAsync(db.ConnectionString, "SELECT count(*) FROM sessions WHERE occurred_at IS NOT NULL"),
            await SeedDatabase.CountAsync(db.ConnectionString, "SELECT coalesce(sum(sessions_held), 0) FROM insights.engagement_days"));
        Assert.Equal(
            await SeedDatabase.CountAsync(db.ConnectionString, "SELECT count(*) FROM session_feedback"),
            await SeedDatabase.CountAsync(db.ConnectionString, "SELECT coalesce(sum(feedback_count), 0) FROM insights.engagement_days"));
        Assert.Equal(
            await SeedDatabase.CountAsync(db.ConnectionString, "SELECT count(*) FROM lessons"),
            await SeedDatabase.CountAsync(db.ConnectionString, "SELECT coalesce(sum(lessons), 0) FROM insights.engagement_days"));
    }

    [Fact]
    public async Task DepartmentMove_NextRefreshRebuilds_AndRefilesThePersonsDays()
    {
        await using var db = await SeedDatabase.CreateMigratedAsync(server);
        await using var dataSource = NpgsqlDataSource.Create(db.ConnectionString);
        var rollup = new EngagementDays(dataSource);
        await SeedRunner.RunAsync(db.ConnectionString, SmallSeed, SeedMode.Refuse);
        var days = await rollup.RefreshAsync("UTC", default);

        await ExecuteAsync(dataSource, """
            INSERT INTO departments (name) VALUES ('Moved');
            UPDATE people SET department_id = (SELECT id FROM departments WHERE name = 'Moved')
            WHERE id = (SELECT min(junior_id) FROM pairings WHERE started_at IS NOT NULL);
            """);

        Assert.Equal(days, await rollup.RefreshAsync("UTC", default));
        Assert.True(await SeedDatabase.CountAsync(db.ConnectionString,
            "SELECT count(*) FROM insights.engagement_days WHERE junior_department_id = (SELECT id FROM departments WHERE name = 'Moved')") > 0);
    }

    [Fact]
    public async Task AnotherTimeZone_Rebuilds_InThatZone()
    {
        await using var db = await SeedDatabase.CreateMigratedAsync(server);
        await using var dataSource = NpgsqlDataSource.Create(db.ConnectionString);
        var rollup = new EngagementDays(dataSource);
        await SeedRunner.RunAsync(db.ConnectionString, SmallSeed, SeedMode.Refuse);
        await rollup.RefreshAsync("UTC", default);
        var utc = await RollupTextAsync(dataSource);

        Assert.True(await rollup.RefreshAsync("Pacific/Auckland", default) > 100);
        Assert.NotEqual(utc, await RollupTextAsync(dataSource));
        Assert.Equal("Pacific/Auckland", (await SeedDatabase.ReadAsync(db.ConnectionString, "SELECT time_zone FROM insights.engagement_day_state", r => r.GetString(0)))[0]);
    }

    private static async Task<string> RollupTextAsync(NpgsqlDataSource dataSource)
    {
        await using var command = dataSource.CreateCommand("""
            SELECT coalesce(string_agg(concat_ws(',', day, program_id, senior_department_id, junior_department_id, sessions_held, feedback_count, feedback_rating_sum, lessons),
                                       E'\n' ORDER BY day, program_id, senior_department_id, junior_department_id), '')
            FROM insights.engagement_days
            """);
        return (string)(await command.ExecuteScalarAsync())!;
    }

    private static async Task ExecuteAsync(NpgsqlDataSource dataSource, string sql)
    {
        await using var command = dataSource.CreateCommand(sql);
        await command.ExecuteNonQueryAsync();
    }
}
