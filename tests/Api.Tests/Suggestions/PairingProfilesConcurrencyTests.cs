using MentorGraph.Api.Seed;
using MentorGraph.Api.Tests.Seed;
using MentorGraph.Tests.Support;
using Npgsql;

namespace MentorGraph.Api.Tests.Suggestions;

/// <summary>
/// insights.pairing_profiles under two writers at once (migration 0020): two transactions — as two classification batches
/// would — relabel notes that both move one person's note counts. The second waits for the first's lock on the person's
/// profile, then computes with what the first committed: both commit, and the profiles and counts equal a rebuild. And a
/// pairing whose junior is replaced moves the notes' counts as a rebuild would.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class PairingProfilesConcurrencyTests(PostgresServerFixture server)
{
    private static readonly SeedOptions SmallSeed = new(3, GeneratedSeed.Today, 600, null, SeedOptions.DefaultRisingTopics) { Labels = true };

    [Fact]
    public async Task TwoWritersRelabellingOnePersonsNotes_BothCommit_AndTheProfilesEqualARebuild()
    {
        await using var db = await SeedDatabase.CreateMigratedAsync(server);
        await SeedRunner.RunAsync(db.ConnectionString, SmallSeed, SeedMode.Refuse);
        // Two UPWARD notes of one pairing: both count for its junior.
        var notes = await SeedDatabase.ReadAsync(db.ConnectionString, """
            SELECT n.id FROM session_notes n JOIN sessions s ON s.id = n.session_id
            WHERE n.direction = 'UPWARD' AND s.pairing_id = (
                SELECT s2.pairing_id FROM session_notes n2 JOIN sessions s2 ON s2.id = n2.session_id
                WHERE n2.direction = 'UPWARD' GROUP BY s2.pairing_id HAVING count(*) >= 2 ORDER BY s2.pairing_id LIMIT 1)
            ORDER BY n.id LIMIT 2
            """, r => r.GetInt64(0));
        Assert.Equal(2, notes.Count);

        await using var first = new NpgsqlConnection(db.ConnectionString);
        await using var second = new NpgsqlConnection(db.ConnectionString);
        await first.OpenAsync();
        await second.OpenAsync();
        await using var firstTransaction = await first.BeginTransactionAsync();
        await using var secondTransaction = await second.BeginTransactionAsync();
        await ExecuteAsync(first, firstTransaction, Relabel(notes[0], "LEADERSHIP", "DATA_ANALYTICS"));
        var waiting = ExecuteAsync(second, secondTransaction, Relabel(notes[1], "EMERGING_TECH", "PRODUCTIVITY_TOOLS"));
        await Task.Delay(500);
        Assert.False(waiting.IsCompleted); // the second waits for the first's lock on the junior's profile
        await firstTransaction.CommitAsync();
        await waiting;
        await secondTransaction.CommitAsync();

        var maintained = await TablesAsync(db.ConnectionString);
        await using (var connection = new NpgsqlConnection(db.ConnectionString))
        {
            await connection.OpenAsync();
            await using var rebuild = new NpgsqlCommand("SELECT insights.rebuild_pairing_profiles()", connection);
            await rebuild.ExecuteScalarAsync();
        }

        Assert.Equal(await TablesAsync(db.ConnectionString), maintained);
    }

    [Fact]
    public async Task APairingsJuniorReplaced_MovesTheirNoteCountsToTheNewJunior_AsARebuildWould()
    {
        await using var db = await SeedDatabase.CreateMigratedAsync(server);
        await SeedRunner.RunAsync(db.ConnectionString, SmallSeed, SeedMode.Refuse);
        var (pairing, junior) = (await SeedDatabase.ReadAsync(db.ConnectionString, """
            SELECT p.id, p.junior_id FROM pairings p JOIN people j ON j.id = p.junior_id
            WHERE p.status = 'ACTIVE' AND j.active
              AND EXISTS (SELECT 1 FROM sessions s JOIN session_notes n ON n.session_id = s.id WHERE s.pairing_id = p.id AND n.direction = 'UPWARD')
            ORDER BY p.id LIMIT 1
            """, r => (r.GetInt64(0), r.GetInt64(1))))[0];
        var before = await SeedDatabase.CountAsync(db.ConnectionString, $"SELECT coalesce(sum(notes), 0) FROM insights.person_topic_notes WHERE person_id = {junior}");

        // Another active person of the junior's band, in no pairing at all (so no rule stands in the way).
        await using (var connection = new NpgsqlConnection(db.ConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"""
                UPDATE pairings SET junior_id = (
                    SELECT o.id FROM people o, people j WHERE j.id = {junior} AND o.band = j.band AND o.active AND o.id <> j.id
                      AND NOT EXISTS (SELECT 1 FROM pairings x WHERE o.id IN (x.senior_id, x.junior_id))
                    ORDER BY o.id LIMIT 1)
                WHERE id = {pairing}
                """, connection);
            Assert.Equal(1, await command.ExecuteNonQueryAsync());
        }

        Assert.True(await SeedDatabase.CountAsync(db.ConnectionString, $"SELECT coalesce(sum(notes), 0) FROM insights.person_topic_notes WHERE person_id = {junior}") < before);
        var maintained = await TablesAsync(db.ConnectionString);
        await using (var connection = new NpgsqlConnection(db.ConnectionString))
        {
            await connection.OpenAsync();
            await using var rebuild = new NpgsqlCommand("SELECT insights.rebuild_pairing_profiles()", connection);
            await rebuild.ExecuteScalarAsync();
        }

        Assert.Equal(await TablesAsync(db.ConnectionString), maintained);
    }

    // A topic other than the note's present one.
    private static string Relabel(long note, string topic, string otherwise) =>
        $"UPDATE session_notes SET topic_id = CASE WHEN topic_id = '{topic}' THEN '{otherwise}' ELSE '{topic}' END, label_source = 'PERSON', model_version = NULL WHERE id = {note}";

    private static async Task ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Both tables as text: the profiles (offers rounded to 9 places) and the note counts, by person.</summary>
    private static async Task<string> TablesAsync(string connectionString) =>
        (await SeedDatabase.ReadAsync(connectionString, """
            SELECT coalesce((SELECT string_agg(concat_ws(' ', person_id, band, active, wants,
                                                         (SELECT string_agg(round(o::numeric, 9)::text, ',' ORDER BY i) FROM unnest(offers) WITH ORDINALITY AS x (o, i))),
                                               E'\n' ORDER BY person_id) FROM insights.pairing_profiles), '')
                   || E'\n--\n'
                   || coalesce((SELECT string_agg(concat_ws(' ', person_id, topic_id, notes), E'\n' ORDER BY person_id, topic_id) FROM insights.person_topic_notes), '')
            """, r => r.GetString(0)))[0];
}
