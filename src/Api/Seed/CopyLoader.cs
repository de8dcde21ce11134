using System.Diagnostics;
using MentorGraph.Persistence.Entities;
using Npgsql;
using NpgsqlTypes;

namespace MentorGraph.Api.Seed;

/// <summary>
/// Writes generated rows with PostgreSQL's binary COPY, one table at a time, on the caller's connection and
/// transaction. COPY writes the ids the generator gave even into <c>GENERATED ALWAYS</c> identity columns (COPY
/// behaves like <c>INSERT … OVERRIDING SYSTEM VALUE</c>); <see cref="AdvanceSequencesAsync"/> then moves each
/// identity sequence past them. Triggers and constraints run for every row as for any insert, so a row that
/// breaks a rule fails the load. Every column is written, none left to a default.
/// </summary>
public sealed class CopyLoader(NpgsqlConnection connection)
{
    private readonly Dictionary<string, (long Rows, TimeSpan Time)> tables = new(StringComparer.Ordinal);

    /// <summary>Rows written and time spent per table, in the order first written: where a load's time goes.</summary>
    public IReadOnlyList<(string Table, long Rows, TimeSpan Time)> Tables => [.. tables.Select(t => (t.Key, t.Value.Rows, t.Value.Time))];

    public Task DepartmentsAsync(IEnumerable<DepartmentRow> rows, CancellationToken cancellationToken) =>
        CopyAsync("departments (id, name, version, created_at, updated_at)", rows, (w, r) =>
        {
            w.Write(r.Id, NpgsqlDbType.Bigint);
            w.Write(r.Name, NpgsqlDbType.Text);
            w.Write(1, NpgsqlDbType.Integer);
            w.Write(r.CreatedAt, NpgsqlDbType.TimestampTz);
            w.Write(r.CreatedAt, NpgsqlDbType.TimestampTz);
        }, cancellationToken);

    public Task PeopleAsync(IEnumerable<SeedPerson> rows, CancellationToken cancellationToken) =>
        CopyAsync("people (id, name, email, title, department_id, band, active, deactivated_at, version, created_at, updated_at)", rows, (w, r) =>
        {
            w.Write(r.Id, NpgsqlDbType.Bigint);
            w.Write(r.Name, NpgsqlDbType.Text);
            w.Write(r.Email, NpgsqlDbType.Text);
            w.Write(r.Title, NpgsqlDbType.Text);
            w.Write(r.DepartmentId, NpgsqlDbType.Bigint);
            w.Write(EnumText<Band>.ToText(r.Band), NpgsqlDbType.Text);
            w.Write(r.DeactivatedAt is null, NpgsqlDbType.Boolean);
            WriteNullable(w, r.DeactivatedAt);
            w.Write(r.Version, NpgsqlDbType.Integer);
            w.Write(r.CreatedAt, NpgsqlDbType.TimestampTz);
            w.Write(r.UpdatedAt, NpgsqlDbType.TimestampTz);
        }, cancellationToken);

    /// <summary>Into <c>person_can_teach</c> or <c>person_wants_to_learn</c>.</summary>
    public Task PersonTopicsAsync(string table, IEnumerable<PersonTopicRow> rows, CancellationToken cancellationToken) =>
        CopyAsync($"{table} (person_id, topic_id)", rows, (w, r) =>
        {
            w.Write(r.PersonId, NpgsqlDbType.Bigint);
            w.Write(r.TopicId, NpgsqlDbType.Text);
        }, cancellationToken);

    public Task ProgramsAsync(IEnumerable<ProgramRow> rows, CancellationToken cancellationToken) =>
        CopyAsync("programs (id, name, description, goals, starts_on, ends_on, default_cadence, version, created_at, updated_at)", rows, (w, r) =>
        {
            w.Write(r.Id, NpgsqlDbType.Bigint);
            w.Write(r.Name, NpgsqlDbType.Text);
            w.Write(r.Description, NpgsqlDbType.Text);
            w.Write(r.Goals, NpgsqlDbType.Text);
            w.Write(r.StartsOn, NpgsqlDbType.Date);
            w.Write(r.EndsOn, NpgsqlDbType.Date);
            w.Write(EnumText<Cadence>.ToText(r.DefaultCadence), NpgsqlDbType.Text);
            w.Write(1, NpgsqlDbType.Integer);
            w.Write(r.CreatedAt, NpgsqlDbType.TimestampTz);
            w.Write(r.CreatedAt, NpgsqlDbType.TimestampTz);
        }, cancellationToken);

    public Task PairingsAsync(IEnumerable<SeedPairing> rows, CancellationToken cancellationToken) =>
        CopyAsync(
            "pairings (id, program_id, senior_id, junior_id, senior_expects, junior_expects, cadence, status, proposed_by_id, proposed_at, "
            + "respond_by, started_at, ended_at, at_risk, version, created_at, updated_at)", rows, (w, r) =>
        {
            w.Write(r.Id, NpgsqlDbType.Bigint);
            w.Write(r.Program.Id, NpgsqlDbType.Bigint);
            w.Write(r.Senior.Id, NpgsqlDbType.Bigint);
            w.Write(r.Junior.Id, NpgsqlDbType.Bigint);
            w.Write(r.SeniorExpects, NpgsqlDbType.Text);
            w.Write(r.JuniorExpects, NpgsqlDbType.Text);
            w.Write(EnumText<Cadence>.ToText(r.Cadence), NpgsqlDbType.Text);
            w.Write(EnumText<PairingStatus>.ToText(r.Status), NpgsqlDbType.Text);
            WriteNullable(w, r.ProposedById);
            w.Write(r.ProposedAt, NpgsqlDbType.TimestampTz);
            w.Write(r.RespondBy, NpgsqlDbType.TimestampTz);
            WriteNullable(w, r.StartedAt);
            WriteNullable(w, r.EndedAt);
            w.Write(false, NpgsqlDbType.Boolean);
            w.Write(r.Version, NpgsqlDbType.Integer);
            w.Write(r.ProposedAt, NpgsqlDbType.TimestampTz);
            w.Write(r.UpdatedAt, NpgsqlDbType.TimestampTz);
        }, cancellationToken);

    public Task StatusChangesAsync(IEnumerable<StatusChangeRow> rows, CancellationToken cancellationToken) =>
        CopyAsync("pairing_status_changes (id, pairing_id, from_status, to_status, by_person_id, at, reason)", rows, (w, r) =>
        {
            w.Write(r.Id, NpgsqlDbType.Bigint);
            w.Write(r.PairingId, NpgsqlDbType.Bigint);
            WriteNullable(w, r.From is { } from ? EnumText<PairingStatus>.ToText(from) : null);
            w.Write(EnumText<PairingStatus>.ToText(r.To), NpgsqlDbType.Text);
            WriteNullable(w, r.ByPersonId);
            w.Write(r.At, NpgsqlDbType.TimestampTz);
            WriteNullable(w, r.Reason);
        }, cancellationToken);

    public Task SessionsAsync(IEnumerable<SessionRow> rows, CancellationToken cancellationToken) =>
        CopyAsync("sessions (id, pairing_id, scheduled_at, occurred_at, duration_minutes, format, status, status_reason, version, created_at, updated_at)", rows, (w, r) =>
        {
            w.Write(r.Id, NpgsqlDbType.Bigint);
            w.Write(r.PairingId, NpgsqlDbType.Bigint);
            w.Write(r.ScheduledAt, NpgsqlDbType.TimestampTz);
            WriteNullable(w, r.OccurredAt);
            w.Write(r.DurationMinutes, NpgsqlDbType.Integer);
            w.Write(EnumText<SessionFormat>.ToText(r.Format), NpgsqlDbType.Text);
            w.Write(EnumText<SessionStatus>.ToText(r.Status), NpgsqlDbType.Text);
            WriteNullable(w, r.StatusReason);
            w.Write(r.Version, NpgsqlDbType.Integer);
            w.Write(r.CreatedAt, NpgsqlDbType.TimestampTz);
            w.Write(r.UpdatedAt, NpgsqlDbType.TimestampTz);
        }, cancellationToken);

    /// <summary>
    /// Notes; with <paramref name="labels"/> each with the label it was written from as its effective label (label
    /// source MODEL, model version <see cref="SeedOptions.LabelModel"/>, classified when written), else without one:
    /// the classification columns stay null for the classifier.
    /// </summary>
    public Task NotesAsync(IEnumerable<NoteRow> rows, bool labels, CancellationToken cancellationToken) => labels
        ? CopyAsync("session_notes (id, session_id, author_id, text, visibility, version, created_at, updated_at, topic_id, direction, label_source, model_version, classified_at)", rows, (w, r) =>
        {
            WriteNote(w, r);
            w.Write(r.Label.Topic, NpgsqlDbType.Text);
            w.Write(EnumText<NoteDirection>.ToText(r.Label.Direction), NpgsqlDbType.Text);
            w.Write(EnumText<LabelSource>.ToText(LabelSource.Model), NpgsqlDbType.Text);
            w.Write(SeedOptions.LabelModel, NpgsqlDbType.Text);
            w.Write(r.CreatedAt, NpgsqlDbType.TimestampTz);
        }, cancellationToken)
        : CopyAsync("session_notes (id, session_id, author_id, text, visibility, version, created_at, updated_at)", rows, WriteNote, cancellationToken);

    /// <summary>
    /// With <c>--labels</c>: each note's generated label as a classification of the model named
    /// <see cref="SeedOptions.LabelModel"/> for the note's text (its SHA-256, as the database computes
    /// <c>text_sha256</c>) — certain (probability 1), no secondary topics, no evidence, never for review — so
    /// <c>SessionNote.classification</c> reads it as <c>modelVersion: "seed"</c>. Not a model's result: the pipeline
    /// still owes every such note the active model's (<c>Jobs:ClassifySeedLabelledNotes</c>).
    /// </summary>
    public Task SeedClassificationsAsync(IEnumerable<NoteRow> rows, CancellationToken cancellationToken) =>
        CopyAsync(
            "note_classifications (note_id, model_version, text_sha256, topic_id, topic_probability, topics, direction, direction_probability, needs_review, evidence, classified_at)",
            rows, (w, r) =>
        {
            w.Write(r.Id, NpgsqlDbType.Bigint);
            w.Write(SeedOptions.LabelModel, NpgsqlDbType.Text);
            w.Write(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(r.Text)), NpgsqlDbType.Bytea);
            w.Write(r.Label.Topic, NpgsqlDbType.Text);
            w.Write(1f, NpgsqlDbType.Real);
            w.Write($"[{{\"topic\": \"{r.Label.Topic}\", \"probability\": 1}}]", NpgsqlDbType.Jsonb);
            w.Write(EnumText<NoteDirection>.ToText(r.Label.Direction), NpgsqlDbType.Text);
            w.Write(1f, NpgsqlDbType.Real);
            w.Write(false, NpgsqlDbType.Boolean);
            w.Write("[]", NpgsqlDbType.Jsonb);
            w.Write(r.CreatedAt, NpgsqlDbType.TimestampTz);
        }, cancellationToken);

    private static void WriteNote(NpgsqlBinaryImporter w, NoteRow r)
    {
        w.Write(r.Id, NpgsqlDbType.Bigint);
        w.Write(r.SessionId, NpgsqlDbType.Bigint);
        w.Write(r.AuthorId, NpgsqlDbType.Bigint);
        w.Write(r.Text, NpgsqlDbType.Text);
        w.Write(EnumText<NoteVisibility>.ToText(r.Visibility), NpgsqlDbType.Text);
        w.Write(1, NpgsqlDbType.Integer);
        w.Write(r.CreatedAt, NpgsqlDbType.TimestampTz);
        w.Write(r.CreatedAt, NpgsqlDbType.TimestampTz);
    }

    public Task FeedbackAsync(IEnumerable<FeedbackRow> rows, CancellationToken cancellationToken) =>
        CopyAsync("session_feedback (id, session_id, author_id, rating, comment, created_at)", rows, (w, r) =>
        {
            w.Write(r.Id, NpgsqlDbType.Bigint);
            w.Write(r.SessionId, NpgsqlDbType.Bigint);
            w.Write(r.AuthorId, NpgsqlDbType.Bigint);
            w.Write(r.Rating, NpgsqlDbType.Integer);
            WriteNullable(w, r.Comment);
            w.Write(r.CreatedAt, NpgsqlDbType.TimestampTz);
        }, cancellationToken);

    public Task LessonsAsync(IEnumerable<LessonRow> rows, CancellationToken cancellationToken) =>
        CopyAsync(
            "lessons (id, pairing_id, session_id, teacher_id, learner_id, title, detail, topic_id, topic_source, direction, visibility, version, created_at, updated_at)",
            rows, (w, r) =>
        {
            w.Write(r.Id, NpgsqlDbType.Bigint);
            w.Write(r.PairingId, NpgsqlDbType.Bigint);
            WriteNullable(w, r.SessionId);
            w.Write(r.TeacherId, NpgsqlDbType.Bigint);
            w.Write(r.LearnerId, NpgsqlDbType.Bigint);
            w.Write(r.Title, NpgsqlDbType.Text);
            w.Write(r.Detail, NpgsqlDbType.Text);
            WriteNullable(w, r.TopicId);
            WriteNullable(w, r.TopicId is null ? null : EnumText<LabelSource>.ToText(LabelSource.Person));
            w.Write(EnumText<LearningDirection>.ToText(r.Direction), NpgsqlDbType.Text);
            w.Write(EnumText<LessonVisibility>.ToText(r.Visibility), NpgsqlDbType.Text);
            w.Write(1, NpgsqlDbType.Integer);
            w.Write(r.CreatedAt, NpgsqlDbType.TimestampTz);
            w.Write(r.CreatedAt, NpgsqlDbType.TimestampTz);
        }, cancellationToken);

    /// <summary>Moves each identity sequence to the highest id of its table, so the application's next insert gets the next id.</summary>
    public async Task AdvanceSequencesAsync(CancellationToken cancellationToken)
    {
        foreach (var table in SeedIds.Tables)
        {
            await using var command = new NpgsqlCommand(
                $"SELECT setval(pg_get_serial_sequence('{table}', 'id'), max(id)) FROM {table} HAVING max(id) IS NOT NULL", connection);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private async Task CopyAsync<T>(string target, IEnumerable<T> rows, Action<NpgsqlBinaryImporter, T> write, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        ulong written;
        await using (var importer = await connection.BeginBinaryImportAsync($"COPY {target} FROM STDIN (FORMAT BINARY)", cancellationToken))
        {
            foreach (var row in rows)
            {
                cancellationToken.ThrowIfCancellationRequested();
                importer.StartRow();
                write(importer, row);
            }

            written = await importer.CompleteAsync(cancellationToken);
        }

        var table = target[..target.IndexOf(' ', StringComparison.Ordinal)];
        var (sum, time) = tables.GetValueOrDefault(table);
        tables[table] = (sum + (long)written, time + Stopwatch.GetElapsedTime(started));
    }

    private static void WriteNullable(NpgsqlBinaryImporter writer, DateTime? value)
    {
        if (value is { } time)
        {
            writer.Write(time, NpgsqlDbType.TimestampTz);
        }
        else
        {
            writer.WriteNull();
        }
    }

    private static void WriteNullable(NpgsqlBinaryImporter writer, long? value)
    {
        if (value is { } number)
        {
            writer.Write(number, NpgsqlDbType.Bigint);
        }
        else
        {
            writer.WriteNull();
        }
    }

    private static void WriteNullable(NpgsqlBinaryImporter writer, string? value)
    {
        if (value is null)
        {
            writer.WriteNull();
        }
        else
        {
            writer.Write(value, NpgsqlDbType.Text);
        }
    }
}
