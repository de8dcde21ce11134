using MentorGraph.Api.Seed;
using MentorGraph.Persistence.Domain;
using MentorGraph.Persistence.Entities;
using MentorGraph.Tests.Support;

namespace MentorGraph.Api.Tests.Seed;

/// <summary>
/// The default organisation, loaded into a migrated database (every CHECK, foreign key and trigger ran on every
/// row: the load itself is the first test), has what a demo needs and keeps the rules the schema cannot see.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class SeededDataTests(SeededDatabaseFixture seeded) : IClassFixture<SeededDatabaseFixture>
{
    private string Db => seeded.ConnectionString;

    private DateTime Now => new SeedCalendar(seeded.Options.Today).Now;

    [Fact]
    public async Task Sizes_AreThoseOfTheIssue()
    {
        Assert.Equal(300, await SeedDatabase.CountAsync(Db, "SELECT count(*) FROM people"));
        Assert.Equal(8, await SeedDatabase.CountAsync(Db, "SELECT count(*) FROM departments"));
        Assert.Equal(3, await SeedDatabase.CountAsync(Db, "SELECT count(*) FROM programs"));
        Assert.Equal(120, await SeedDatabase.CountAsync(Db, "SELECT count(*) FROM pairings"));
        Assert.InRange(await SeedDatabase.CountAsync(Db, "SELECT count(*) FROM sessions"), 2700, 3400);
        Assert.Equal(seeded.Result.Counts.Sessions, await SeedDatabase.CountAsync(Db, "SELECT count(*) FROM sessions"));
        Assert.Equal(seeded.Result.Counts.Notes, await SeedDatabase.CountAsync(Db, "SELECT count(*) FROM session_notes"));
        Assert.Equal(seeded.Result.Counts.Lessons, await SeedDatabase.CountAsync(Db, "SELECT count(*) FROM lessons"));
        Assert.True(await SeedDatabase.CountAsync(Db, "SELECT count(*) FROM session_feedback") > 1000);
    }

    [Fact]
    public async Task EveryStatus_IsPresent()
    {
        var pairings = await SeedDatabase.ReadAsync(Db, "SELECT DISTINCT status FROM pairings", r => r.GetString(0));
        Assert.Equal(EnumText<PairingStatus>.All.Order(), pairings.Order());
        var sessions = await SeedDatabase.ReadAsync(Db, "SELECT DISTINCT status FROM sessions", r => r.GetString(0));
        Assert.Equal(EnumText<SessionStatus>.All.Order(), sessions.Order());
    }

    [Fact]
    public async Task StatusHistory_FollowsTheStateMachine_AndMatchesThePairing()
    {
        var history = await SeedDatabase.ReadAsync(Db,
            "SELECT c.pairing_id, c.from_status, c.to_status, c.at, p.status, p.version, p.started_at, p.ended_at, p.proposed_at, p.updated_at "
            + "FROM pairing_status_changes c JOIN pairings p ON p.id = c.pairing_id ORDER BY c.pairing_id, c.at, c.id",
            r => (Pairing: r.GetInt64(0), From: r.IsDBNull(1) ? null : r.GetString(1), To: r.GetString(2), At: r.GetFieldValue<DateTime>(3),
                Status: r.GetString(4), Version: r.GetInt32(5), Started: r.IsDBNull(6) ? (DateTime?)null : r.GetFieldValue<DateTime>(6),
                Ended: r.IsDBNull(7) ? (DateTime?)null : r.GetFieldValue<DateTime>(7), Proposed: r.GetFieldValue<DateTime>(8), Updated: r.GetFieldValue<DateTime>(9)));
        foreach (var group in history.GroupBy(h => h.Pairing))
        {
            var rows = group.ToList();
            Assert.Null(rows[0].From);
            Assert.Equal("PROPOSED", rows[0].To);
            Assert.Equal(rows[0].Proposed, rows[0].At);
            for (var i = 1; i < rows.Count; i++)
            {
                Assert.Equal(rows[i - 1].To, rows[i].From);
                Assert.True(rows[i].At > rows[i - 1].At);
                Assert.True(PairingStateMachine.IsEdge(EnumText<PairingStatus>.Parse(rows[i].From!), EnumText<PairingStatus>.Parse(rows[i].To)));
            }

            var last = rows[^1];
            Assert.Equal(last.Status, last.To);
            Assert.Equal(rows.Count, last.Version);
            Assert.Equal(last.At, last.Updated);
            Assert.Equal(rows.Where(r => r.To == "ACTIVE").Select(r => (DateTime?)r.At).FirstOrDefault(), last.Started);
            Assert.Equal(PairingStateMachine.IsClosed(EnumText<PairingStatus>.Parse(last.Status)) ? last.At : null, last.Ended);
            Assert.True(last.At < Now);
        }

        Assert.Equal(120, history.Select(h => h.Pairing).Distinct().Count());
    }

    [Fact]
    public async Task ProposedPairings_AnswerByADayAfterToday()
    {
        var respondBy = await SeedDatabase.ReadAsync(Db, "SELECT respond_by FROM pairings WHERE status = 'PROPOSED'", r => r.GetFieldValue<DateTime>(0));
        Assert.NotEmpty(respondBy);
        Assert.All(respondBy, at => Assert.True(at > Now.AddDays(1), $"respond_by {at:O}"));
    }

    [Fact]
    public async Task Leavers_AreOnlyInClosedPairings_AndLeftAfterThoseEnded()
    {
        Assert.InRange(await SeedDatabase.CountAsync(Db, "SELECT count(*) FROM people WHERE NOT active"), 3, 15);
        Assert.Equal(0, await SeedDatabase.CountAsync(Db,
            "SELECT count(*) FROM pairings p JOIN people x ON x.id IN (p.senior_id, p.junior_id) "
            + "WHERE NOT x.active AND (p.status IN ('PROPOSED', 'ACTIVE', 'PAUSED') OR p.ended_at > x.deactivated_at)"));
        // A pairing cancelled because someone left was cancelled by no one, when a participant was deactivated.
        Assert.Equal(0, await SeedDatabase.CountAsync(Db,
            "SELECT count(*) FROM pairing_status_changes c JOIN pairings p ON p.id = c.pairing_id WHERE c.reason = '" + PairingReasons.Leaver + "' "
            + "AND (c.by_person_id IS NOT NULL OR c.to_status <> 'CANCELLED' OR NOT EXISTS "
            + "(SELECT 1 FROM people x WHERE x.id IN (p.senior_id, p.junior_id) AND x.deactivated_at = c.at))"));
        Assert.Equal(0, await SeedDatabase.CountAsync(Db, "SELECT count(*) FROM people WHERE deactivated_at >= " + Sql(Now)));
    }

    [Fact]
    public async Task Sessions_BeforeTodayHappened_FromTodayAreScheduled()
    {
        var now = Sql(Now);
        Assert.Equal(0, await SeedDatabase.CountAsync(Db, $"SELECT count(*) FROM sessions WHERE (scheduled_at < {now}) = (status = 'SCHEDULED')"));
        Assert.Equal(0, await SeedDatabase.CountAsync(Db, $"SELECT count(*) FROM sessions WHERE occurred_at >= {now} OR updated_at >= {now} AND status <> 'SCHEDULED'"));
        Assert.Equal(0, await SeedDatabase.CountAsync(Db, "SELECT count(*) FROM sessions WHERE created_at > updated_at OR version <> CASE status WHEN 'SCHEDULED' THEN 1 ELSE 2 END"));
        Assert.Equal(0, await SeedDatabase.CountAsync(Db,
            "SELECT count(*) FROM sessions s JOIN pairings p ON p.id = s.pairing_id WHERE s.scheduled_at < p.started_at OR s.scheduled_at > coalesce(p.ended_at, 'infinity')"));
        Assert.Equal(0, await SeedDatabase.CountAsync(Db, $"SELECT count(*) FROM sessions s JOIN pairings p ON p.id = s.pairing_id WHERE s.status = 'SCHEDULED' AND p.status <> 'ACTIVE'"));
        // Notes, feedback and lessons come after the session and before today.
        Assert.Equal(0, await SeedDatabase.CountAsync(Db, $"SELECT count(*) FROM session_notes n JOIN sessions s ON s.id = n.session_id WHERE n.created_at < s.occurred_at OR n.created_at >= {now}"));
        Assert.Equal(0, await SeedDatabase.CountAsync(Db, $"SELECT count(*) FROM session_feedback f JOIN sessions s ON s.id = f.session_id WHERE f.created_at < s.occurred_at OR f.created_at >= {now}"));
        Assert.Equal(0, await SeedDatabase.CountAsync(Db, $"SELECT count(*) FROM lessons WHERE created_at >= {now}"));
    }

    [Fact]
    public async Task Sessions_FollowWeeklyAndMonthlyRhythms_WithHolidayDips()
    {
        var perMonth = await SeedDatabase.ReadAsync(Db,
            "SELECT extract(month FROM scheduled_at)::int, count(*) FROM sessions WHERE scheduled_at < " + Sql(Now) + " GROUP BY 1",
            r => (Month: r.GetInt32(0), Count: r.GetInt64(1)));
        var typical = perMonth.Where(m => m.Month is >= 3 and <= 5 or >= 9 and <= 11).Average(m => m.Count);
        Assert.True(perMonth.Single(m => m.Month == 8).Count < typical * 0.8, "August dips");
        var cadences = await SeedDatabase.ReadAsync(Db, "SELECT DISTINCT cadence FROM pairings", r => r.GetString(0));
        Assert.Equal(EnumText<Cadence>.All.Order(), cadences.Order());
        var christmas = await SeedDatabase.CountAsync(Db, "SELECT count(*) FROM sessions WHERE scheduled_at >= '2025-12-22' AND scheduled_at < '2026-01-02'");
        var december = await SeedDatabase.CountAsync(Db, "SELECT count(*) FROM sessions WHERE scheduled_at >= '2025-12-01' AND scheduled_at < '2025-12-12'");
        Assert.True(christmas < december * 0.6, $"{christmas} sessions over Christmas, {december} in early December");
    }

    [Fact]
    public async Task Lessons_GoBothWays_SomeOnTheCompanyFeed()
    {
        var upward = await SeedDatabase.CountAsync(Db, "SELECT count(*) FROM lessons WHERE direction = 'UPWARD'");
        var all = await SeedDatabase.CountAsync(Db, "SELECT count(*) FROM lessons");
        Assert.InRange(upward / (double)all, 0.33, 0.52);
        Assert.InRange(await SeedDatabase.CountAsync(Db, "SELECT count(*) FROM lessons WHERE visibility = 'COMPANY'"), 5, all / 10);
        Assert.True(await SeedDatabase.CountAsync(Db, "SELECT count(*) FROM lessons WHERE session_id IS NULL") > 0);
        Assert.Equal(0, await SeedDatabase.CountAsync(Db, "SELECT count(*) FROM lessons WHERE (topic_id IS NULL) <> (topic_source IS NULL) OR topic_source = 'MODEL'"));
    }

    [Fact]
    public async Task Notes_AreUnclassified_OneOrTwoPerCompletedSession()
    {
        Assert.Equal(0, await SeedDatabase.CountAsync(Db, "SELECT count(*) FROM session_notes WHERE topic_id IS NOT NULL OR classified_at IS NOT NULL"));
        var twoNotes = await SeedDatabase.CountAsync(Db, "SELECT count(*) FROM (SELECT session_id FROM session_notes GROUP BY 1 HAVING count(*) = 2) x");
        var oneNote = await SeedDatabase.CountAsync(Db, "SELECT count(*) FROM (SELECT session_id FROM session_notes GROUP BY 1 HAVING count(*) = 1) x");
        Assert.True(twoNotes > 500 && oneNote > 500, $"{oneNote} sessions with one note, {twoNotes} with two");
        Assert.True(await SeedDatabase.CountAsync(Db, "SELECT count(*) FROM session_notes WHERE visibility = 'PRIVATE'") > 100);
    }

    [Fact]
    public async Task People_HaveUniqueEmails_TitlesAndTopicsThatFitTheirBand()
    {
        Assert.Equal(0, await SeedDatabase.CountAsync(Db, "SELECT count(*) - count(DISTINCT lower(email)) FROM people"));
        Assert.Equal(0, await SeedDatabase.CountAsync(Db, "SELECT count(*) FROM people WHERE title IS NULL OR department_id IS NULL"));
        var juniorsTeachingSocialMedia = await SeedDatabase.CountAsync(Db,
            "SELECT count(*) FROM person_can_teach t JOIN people p ON p.id = t.person_id WHERE p.band = 'JUNIOR' AND t.topic_id = 'SOCIAL_MEDIA'");
        var executivesTeachingSocialMedia = await SeedDatabase.CountAsync(Db,
            "SELECT count(*) FROM person_can_teach t JOIN people p ON p.id = t.person_id WHERE p.band = 'EXECUTIVE' AND t.topic_id = 'SOCIAL_MEDIA'");
        var executivesTeachingLeadership = await SeedDatabase.CountAsync(Db,
            "SELECT count(*) FROM person_can_teach t JOIN people p ON p.id = t.person_id WHERE p.band = 'EXECUTIVE' AND t.topic_id = 'LEADERSHIP'");
        Assert.True(juniorsTeachingSocialMedia > 40, $"{juniorsTeachingSocialMedia} juniors teach social media");
        Assert.True(executivesTeachingLeadership > executivesTeachingSocialMedia * 3);
        Assert.Equal(0, await SeedDatabase.CountAsync(Db, "SELECT count(*) FROM person_can_teach t JOIN person_wants_to_learn w USING (person_id, topic_id)"));
    }

    [Fact]
    public async Task Sequences_ContinueAfterTheSeededIds()
    {
        await using var connection = new Npgsql.NpgsqlConnection(Db);
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        foreach (var table in SeedIds.Tables)
        {
            await using var command = new Npgsql.NpgsqlCommand(
                $"SELECT nextval(pg_get_serial_sequence('{table}', 'id')) > (SELECT max(id) FROM {table})", connection, transaction);
            Assert.True((bool)(await command.ExecuteScalarAsync())!, table);
        }

        await transaction.RollbackAsync();
    }

    private static string Sql(DateTime utc) => $"'{utc:yyyy-MM-dd HH:mm:ss}+00'::timestamptz";
}
