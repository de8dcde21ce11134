using MentorGraph.Api.Seed;
using MentorGraph.Api.Tests.Seed;
using MentorGraph.Persistence.Housekeeping;
using MentorGraph.Persistence.Insights;
using MentorGraph.Persistence.Migrations;
using MentorGraph.Tests.Support;
using Npgsql;

namespace MentorGraph.Api.Tests.Insights;

/// <summary>
/// The at-risk flag's and the cadence's history (migration 0020) on PostgreSQL, and what <see cref="EngagementQuery"/> makes
/// of it: a pairing flagged after a period is not at risk in it, one flagged during it is until the flag is cleared; a
/// cadence change after a period leaves its expected sessions alone, one in its middle splits them; the migration's
/// backfill; every writer (the seed's COPY, the at-risk job, seed --force) leaves one row per value taken.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class EngagementHistoryTests(PostgresServerFixture server)
{
    private static readonly SeedOptions SmallSeed = new(3, GeneratedSeed.Today, 600, null, SeedOptions.DefaultRisingTopics);
    private static readonly DateOnly May1 = new(2026, 5, 1);
    private static readonly DateOnly May15 = new(2026, 5, 15);
    private static readonly DateOnly May31 = new(2026, 5, 31);

    // A pairing ACTIVE since before May 2026 and still ACTIVE: no status change from April on.
    private const string SteadyPairing = """
        SELECT p.id, p.program_id, p.cadence FROM pairings p
        WHERE p.status = 'ACTIVE' AND (SELECT max(c.at) FROM pairing_status_changes c WHERE c.pairing_id = p.id) < '2026-04-01'
        ORDER BY p.id LIMIT 1
        """;

    [Fact]
    public async Task FlaggedAfterThePeriod_IsNotAtRiskInIt_FlaggedDuringIt_IsUntilCleared()
    {
        await using var db = await SeedDatabase.CreateMigratedAsync(server);
        await SeedRunner.RunAsync(db.ConnectionString, SmallSeed, SeedMode.Refuse);
        await using var dataSource = NpgsqlDataSource.Create(db.ConnectionString);
        var (pairing, program, _) = (await SeedDatabase.ReadAsync(db.ConnectionString, SteadyPairing, r => (r.GetInt64(0), r.GetInt64(1), r.GetString(2))))[0];
        var query = new EngagementQuery(dataSource);
        var filter = new EngagementFilter(ProgramId: program);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        async Task<int> AtRiskAsync(DateOnly from, DateOnly to) => (await query.ReadAsync(from, to, "UTC", filter, default)).AtRiskPairings;
        var may = await AtRiskAsync(May1, May31);
        var firstHalf = await AtRiskAsync(May1, May15);
        var thisWeek = await AtRiskAsync(today.AddDays(-3), today.AddDays(3));

        await ExecuteAsync(dataSource, $"UPDATE pairings SET at_risk = true WHERE id = {pairing}");

        Assert.Equal(may, await AtRiskAsync(May1, May31));
        Assert.Equal(thisWeek + 1, await AtRiskAsync(today.AddDays(-3), today.AddDays(3)));

        // As if the job had flagged it on May 10, and cleared it on May 20.
        await ExecuteAsync(dataSource, $"UPDATE insights.pairing_at_risk_changes SET at = '2026-05-10' WHERE pairing_id = {pairing} AND at_risk");
        Assert.Equal(may + 1, await AtRiskAsync(May1, May31));
        Assert.Equal(firstHalf + 1, await AtRiskAsync(May1, May15));

        await ExecuteAsync(dataSource, $"INSERT INTO insights.pairing_at_risk_changes (pairing_id, at, at_risk) VALUES ({pairing}, '2026-05-20', false)");
        Assert.Equal(may, await AtRiskAsync(May1, May31));
        Assert.Equal(firstHalf + 1, await AtRiskAsync(May1, May15));
    }

    [Fact]
    public async Task CadenceChangedAfterThePeriod_LeavesItsExpectedSessions_ChangedMidPeriod_SplitsThem()
    {
        await using var db = await SeedDatabase.CreateMigratedAsync(server);
        await SeedRunner.RunAsync(db.ConnectionString, SmallSeed, SeedMode.Refuse);
        await using var dataSource = NpgsqlDataSource.Create(db.ConnectionString);
        var (pairing, program, cadence) = (await SeedDatabase.ReadAsync(db.ConnectionString, SteadyPairing, r => (r.GetInt64(0), r.GetInt64(1), r.GetString(2))))[0];
        var query = new EngagementQuery(dataSource);
        var filter = new EngagementFilter(ProgramId: program);
        async Task<double> ExpectedAsync() => (await query.ReadAsync(May1, May31, "UTC", filter, default)).SessionsExpected;
        var before = await ExpectedAsync();
        var changedTo = cadence == "MONTHLY" ? "WEEKLY" : "MONTHLY";

        await ExecuteAsync(dataSource, $"UPDATE pairings SET cadence = '{changedTo}' WHERE id = {pairing}");

        Assert.Equal(before, await ExpectedAsync(), 9);

        // As if the cadence had changed at the start of May 16: the last 16 days of May at the new cadence.
        await ExecuteAsync(dataSource, $"UPDATE insights.pairing_cadence_changes SET at = '2026-05-16' WHERE pairing_id = {pairing} AND cadence = '{changedTo}'");
        Assert.Equal(before + 16 / DaysPerSession(changedTo) - 16 / DaysPerSession(cadence), await ExpectedAsync(), 9);
    }

    [Fact]
    public async Task Migration_BackfillsEachPairingsPresentFlagAndCadence_FromItsProposal()
    {
        await using var db = await server.CreateDatabaseAsync();
        var migrations = MigrationDirectory.Load(MigratedDatabaseFixture.MigrationsDirectory);
        await new MigrationRunner().RunAsync(db.ConnectionString, migrations.Where(m => m.Version < 20).ToList());
        await SeedRunner.RunAsync(db.ConnectionString, SmallSeed, SeedMode.Refuse);
        await using var dataSource = NpgsqlDataSource.Create(db.ConnectionString);
        await ExecuteAsync(dataSource, """
            UPDATE pairings SET at_risk = true WHERE status = 'ACTIVE' AND id % 3 = 0;
            UPDATE pairings SET cadence = 'MONTHLY' WHERE cadence <> 'MONTHLY' AND id % 4 = 0;
            """);

        await new MigrationRunner().RunAsync(db.ConnectionString, migrations);

        var pairings = await SeedDatabase.CountAsync(db.ConnectionString, "SELECT count(*) FROM pairings");
        Assert.True(await SeedDatabase.CountAsync(db.ConnectionString, "SELECT count(*) FROM pairings WHERE at_risk") > 0);
        Assert.Equal(pairings, await SeedDatabase.CountAsync(db.ConnectionString, """
            SELECT count(*) FROM pairings p JOIN insights.pairing_at_risk_changes f ON f.pairing_id = p.id AND f.at = p.proposed_at AND f.at_risk = p.at_risk AND f.initial
            """));
        Assert.Equal(pairings, await SeedDatabase.CountAsync(db.ConnectionString, """
            SELECT count(*) FROM pairings p JOIN insights.pairing_cadence_changes c ON c.pairing_id = p.id AND c.at = p.proposed_at AND c.cadence = p.cadence AND c.initial
            """));
        Assert.Equal(2 * pairings, await SeedDatabase.CountAsync(db.ConnectionString,
            "SELECT (SELECT count(*) FROM insights.pairing_at_risk_changes) + (SELECT count(*) FROM insights.pairing_cadence_changes)"));
    }

    [Fact]
    public async Task EveryWriter_LeavesOneRowPerValueTaken()
    {
        await using var db = await SeedDatabase.CreateMigratedAsync(server);
        await SeedRunner.RunAsync(db.ConnectionString, SmallSeed, SeedMode.Refuse);
        await using var dataSource = NpgsqlDataSource.Create(db.ConnectionString);
        var pairings = await SeedDatabase.CountAsync(db.ConnectionString, "SELECT count(*) FROM pairings");

        // The seed's COPY: one row of each per pairing, dated at its proposal.
        Assert.Equal(pairings, await SeedDatabase.CountAsync(db.ConnectionString, "SELECT count(*) FROM insights.pairing_at_risk_changes f JOIN pairings p ON p.id = f.pairing_id AND f.at = p.proposed_at"));
        Assert.Equal(pairings, await SeedDatabase.CountAsync(db.ConnectionString, "SELECT count(*) FROM insights.pairing_cadence_changes c JOIN pairings p ON p.id = c.pairing_id AND c.at = p.proposed_at"));

        // The at-risk job (as of a year after the seed: every ACTIVE pairing is overdue) flags; each flag is a new row.
        var changes = await new PairingHousekeeping(dataSource).MarkAtRiskAsync(new DateTimeOffset(GeneratedSeed.Today.AddYears(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero), 3, 1000);
        Assert.True(changes.Marked > 0);
        Assert.Equal(changes.Marked, await SeedDatabase.CountAsync(db.ConnectionString, "SELECT count(*) FROM insights.pairing_at_risk_changes WHERE at_risk AND NOT initial AND at > now() - interval '1 hour'"));
        Assert.Equal(pairings + changes.Marked, await SeedDatabase.CountAsync(db.ConnectionString, "SELECT count(*) FROM insights.pairing_at_risk_changes"));

        // An update that changes neither (an edit of the expectations) leaves no row.
        await ExecuteAsync(dataSource, "UPDATE pairings SET senior_expects = senior_expects || '.'");
        Assert.Equal(pairings + changes.Marked, await SeedDatabase.CountAsync(db.ConnectionString, "SELECT count(*) FROM insights.pairing_at_risk_changes"));
        Assert.Equal(pairings, await SeedDatabase.CountAsync(db.ConnectionString, "SELECT count(*) FROM insights.pairing_cadence_changes"));

        // seed --force truncates pairings: the history starts again with the new pairings.
        await SeedRunner.RunAsync(db.ConnectionString, SmallSeed, SeedMode.Force);
        Assert.Equal(pairings, await SeedDatabase.CountAsync(db.ConnectionString, "SELECT count(*) FROM insights.pairing_at_risk_changes"));
        Assert.Equal(pairings, await SeedDatabase.CountAsync(db.ConnectionString, "SELECT count(*) FROM insights.pairing_cadence_changes"));
    }

    private static double DaysPerSession(string cadence) => cadence switch
    {
        "WEEKLY" => 7.0,
        "BIWEEKLY" => 14.0,
        _ => 365.25 / 12,
    };

    private static async Task ExecuteAsync(NpgsqlDataSource dataSource, string sql)
    {
        await using var command = dataSource.CreateCommand(sql);
        await command.ExecuteNonQueryAsync();
    }
}
