using System.Diagnostics;
using Npgsql;

namespace MentorGraph.Api.Seed;

/// <summary>
/// Seeds a migrated database in one transaction — all of it or nothing: checks it is empty (or what the mode
/// allows), generates the organisation and streams it to COPY table by table in dependency order, moves the
/// identity sequences, commits, then vacuums and analyses the tables. Memory holds the people and pairings and
/// one chunk of sessions at a time.
/// </summary>
public static class SeedRunner
{
    /// <summary>The tables seed writes, and <c>--force</c> empties (with <c>note_reads</c>, which refers to notes); <c>topics</c> is reference data and stays.</summary>
    public static IReadOnlyList<string> DomainTables { get; } =
    [
        "departments", "people", "person_can_teach", "person_wants_to_learn", "programs", "pairings", "pairing_status_changes",
        "sessions", "session_notes", "session_feedback", "lessons", "note_reads",
    ];

    /// <summary>
    /// What hangs off the notes (the pipeline issue: results, embeddings, the outbox, people's labels): seed writes none
    /// of them but, with <c>--labels</c>, the <c>seed</c> classifications; <c>--force</c> empties them with the notes, whose foreign keys they hold. The classifier's versions
    /// (<c>classifier_models</c>) are not demo data and stay.
    /// </summary>
    public static IReadOnlyList<string> NoteDependentTables { get; } =
        ["note_classifications", "note_embeddings", "classification_outbox", "note_labels"];

    /// <param name="progress">Told the stage and how far the whole run is, from 0 to 1.</param>
    /// <param name="onNote">Given every note with its label as it is loaded (tests keep the labels; the database does not).</param>
    public static async Task<SeedResult> RunAsync(
        string connectionString, SeedOptions options, SeedMode mode,
        IProgress<(string Stage, double Fraction)>? progress = null, Action<NoteRow>? onNote = null, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        // No command timeout: COPY of a million rows and ANALYZE take minutes, not seconds.
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { CommandTimeout = 0 }.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        if (await ScalarAsync<bool>(connection, null, "SELECT to_regclass('people') IS NULL OR to_regclass('session_notes') IS NULL", cancellationToken))
        {
            throw new SeedSchemaMissingException();
        }

        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        // No one else writes these tables until the seed commits (readers go on): the ids stay ours.
        await ExecuteAsync(connection, transaction, $"LOCK TABLE {string.Join(", ", DomainTables.Concat(NoteDependentTables))} IN EXCLUSIVE MODE", cancellationToken);
        var people = await ScalarAsync<long>(connection, transaction, "SELECT count(*) FROM people", cancellationToken);
        var deleted = new Dictionary<string, long>(StringComparer.Ordinal);
        if (people > 0)
        {
            switch (mode)
            {
                case SeedMode.IfEmpty:
                    return new SeedResult(new SeedCounts(), true, people, deleted, new Dictionary<string, int[]>(), [], TimeSpan.Zero, clock.Elapsed);
                case SeedMode.Refuse:
                    throw new SeedRefusedException((int)Math.Min(int.MaxValue, people));
                case SeedMode.Force:
                    progress?.Report(("deleting the existing data", 0));
                    foreach (var table in DomainTables.Concat(NoteDependentTables))
                    {
                        deleted[table] = await ScalarAsync<long>(connection, transaction, $"SELECT count(*) FROM {table}", cancellationToken);
                    }

                    // No CASCADE: a table outside this list that refers to these makes the TRUNCATE fail, rather than be emptied unasked.
                    await ExecuteAsync(connection, transaction, $"TRUNCATE {string.Join(", ", DomainTables.Concat(NoteDependentTables))} RESTART IDENTITY", cancellationToken);
                    break;
            }
        }

        // Whatever is left (with --append the other organisation; otherwise perhaps departments without people, or
        // sequences past deleted rows) is kept: new ids come after it, departments are reused, emails stay unique.
        var existing = await ExistingAsync(connection, transaction, cancellationToken);
        var loader = new CopyLoader(connection);
        progress?.Report(("people, programs and pairings", 0.01));
        var generator = new SeedGenerator(options, new SeedIds(existing.HighestIds), existing.Departments, existing.Emails);
        await loader.DepartmentsAsync(generator.Organisation.Departments, cancellationToken);
        await loader.PeopleAsync(generator.Organisation.People, cancellationToken);
        await loader.PersonTopicsAsync("person_can_teach", generator.CanTeach, cancellationToken);
        await loader.PersonTopicsAsync("person_wants_to_learn", generator.WantsToLearn, cancellationToken);
        await loader.ProgramsAsync(generator.Programs, cancellationToken);
        await loader.PairingsAsync(generator.Pairings, cancellationToken);
        await loader.StatusChangesAsync(generator.Pairings.SelectMany(p => p.History), cancellationToken);

        var counts = generator.Counts;
        foreach (var chunk in generator.Activity())
        {
            progress?.Report(($"sessions, notes, feedback, lessons ({counts.Sessions:N0} sessions)", 0.05 + (0.85 * chunk.Progress)));
            await loader.SessionsAsync(chunk.Sessions, cancellationToken);
            await loader.NotesAsync(chunk.Notes, options.Labels, cancellationToken);
            if (options.Labels)
            {
                await loader.SeedClassificationsAsync(chunk.Notes, cancellationToken);
            }

            await loader.FeedbackAsync(chunk.Feedback, cancellationToken);
            await loader.LessonsAsync(chunk.Lessons, cancellationToken);
            if (onNote is not null)
            {
                chunk.Notes.ForEach(onNote);
            }
        }

        await loader.AdvanceSequencesAsync(cancellationToken);
        progress?.Report(("committing", 0.92));
        await transaction.CommitAsync(cancellationToken);

        // What autovacuum would do soon after a bulk load, done now: statistics for good plans, the visibility map
        // for index-only scans (the weekly note aggregates), hint bits set so the first readers do not write pages.
        progress?.Report(("vacuum and analyse", 0.95));
        var vacuum = Stopwatch.StartNew();
        await ExecuteAsync(connection, null, $"VACUUM (ANALYZE) {string.Join(", ", options.Labels ? DomainTables.Append("note_classifications") : DomainTables)}", cancellationToken);
        progress?.Report(("done", 1));
        return new SeedResult(counts, false, people, deleted, generator.RisingTargets, loader.Tables, vacuum.Elapsed, clock.Elapsed);
    }

    /// <summary>What the new organisation must not collide with.</summary>
    private sealed record Existing(IReadOnlyDictionary<string, long> HighestIds, IReadOnlyDictionary<string, long> Departments, HashSet<string> Emails);

    private static async Task<Existing> ExistingAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        var highest = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var table in SeedIds.Tables)
        {
            // The sequence may be ahead of the rows (deleted rows, rolled-back inserts): start after both.
            highest[table] = await ScalarAsync<long>(connection, transaction,
                $"SELECT greatest(coalesce((SELECT max(id) FROM {table}), 0), coalesce(pg_sequence_last_value(pg_get_serial_sequence('{table}', 'id')::regclass), 0))",
                cancellationToken);
        }

        var departments = new Dictionary<string, long>(StringComparer.Ordinal);
        await using (var command = new NpgsqlCommand("SELECT lower(name), id FROM departments", connection, transaction))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                departments[reader.GetString(0)] = reader.GetInt64(1);
            }
        }

        var emails = new HashSet<string>(StringComparer.Ordinal);
        await using (var command = new NpgsqlCommand("SELECT lower(email) FROM people", connection, transaction))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                emails.Add(reader.GetString(0));
            }
        }

        return new Existing(highest, departments, emails);
    }

    private static async Task<T> ScalarAsync<T>(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        return (T)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}

/// <summary>The database has no MentorGraph schema yet.</summary>
public sealed class SeedSchemaMissingException() : Exception("The database has no MentorGraph schema (no table people); run 'mentorgraph migrate' first.");
