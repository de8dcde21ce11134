using MentorGraph.Persistence.Domain;
using Npgsql;

namespace MentorGraph.Persistence.Housekeeping;

/// <summary>
/// The pairings' periodic upkeep, as set-based SQL over the process's <see cref="NpgsqlDataSource"/>: expiring
/// proposals nobody answered and flagging pairings at risk. Both operations take the instant they act at
/// (the caller's clock, so tests can move it) and a batch size, change at most a batch per statement and loop
/// until a statement finds less; each statement is its own transaction.
/// <para>
/// Both are idempotent and safe to run in several processes at once (the job runner runs a job at least once,
/// and any number of <c>serve</c>/<c>jobs</c> processes share one database): a pairing's expiry is one
/// <c>UPDATE … WHERE status = 'PROPOSED'</c> whose rows are claimed <c>FOR UPDATE SKIP LOCKED</c>, and its history
/// row is inserted from that UPDATE's <c>RETURNING</c> — a second process skips the claimed rows, or finds them
/// EXPIRED once the first commits, so each expired pairing gets exactly one history row.
/// </para>
/// </summary>
public sealed class PairingHousekeeping(NpgsqlDataSource dataSource)
{
    /// <summary>The status history's reason for an expiry starts with this, followed by <c>respond_by</c> in UTC (ISO 8601).</summary>
    public const string ExpiryReasonPrefix = "Not answered by ";

    // The oldest overdue proposals first (the partial index pairings_proposed_respond_by holds exactly the
    // PROPOSED rows); rows another process holds are skipped, not waited for. The UPDATE re-checks the status,
    // raises the version (the status changed: a client holding the old version must not act on it) and stamps
    // the dates the CHECKs require; the history rows come from its RETURNING, so only rows really changed get one.
    private const string ExpireSql = """
        WITH due AS (
            SELECT id FROM pairings
            WHERE status = 'PROPOSED' AND respond_by < @now
            ORDER BY respond_by
            LIMIT @batch
            FOR UPDATE SKIP LOCKED
        ), expired AS (
            UPDATE pairings p
            SET status = 'EXPIRED', ended_at = @now, version = p.version + 1, updated_at = @now
            FROM due
            WHERE p.id = due.id AND p.status = 'PROPOSED'
            RETURNING p.id, p.respond_by
        )
        INSERT INTO pairing_status_changes (pairing_id, from_status, to_status, by_person_id, at, reason)
        SELECT id, 'PROPOSED', 'EXPIRED', NULL, @now,
               @reason || to_char(respond_by AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') || '.'
        FROM expired
        """;

    // AtRiskRule in SQL. Assessed: every ACTIVE pairing, and every flagged one (to clear a flag left on a pairing
    // that is no longer ACTIVE). The last completed session is one index-only probe per pairing
    // (sessions_pairing_id_occurred_at, migration 0010). The clock starts at the latest of started_at, the
    // last move to ACTIVE (history) and the last completed session (occurred_at is set exactly when COMPLETED).
    // The allowance is in hours, not days: PostgreSQL adds an interval's days in the session's time zone (23 or 25
    // hours across a DST change), its hours as elapsed time — AtRiskRule's fixed 24-hour days.
    // Only rows whose flag changes are written; the UPDATE re-checks that, and sets a flag only on a pairing still
    // ACTIVE, so a pairing paused meanwhile is not flagged. The flag is derived state, not a client's edit: no
    // version or updated_at change (see MarkAtRiskAsync).
    private const string MarkAtRiskSql = """
        WITH assessed AS (
            SELECT p.id, p.at_risk,
                   p.status = 'ACTIVE'
                   AND greatest(p.started_at, activated.at, completed.at)
                       + make_interval(hours => 24 * @periods * CASE p.cadence
                             WHEN 'WEEKLY' THEN @weekly_days
                             WHEN 'BIWEEKLY' THEN @biweekly_days
                             ELSE @monthly_days END) < @now AS risk
            FROM pairings p
            LEFT JOIN LATERAL (
                SELECT max(h.at) AS at FROM pairing_status_changes h
                WHERE h.pairing_id = p.id AND h.to_status = 'ACTIVE'
            ) activated ON p.status = 'ACTIVE'
            LEFT JOIN LATERAL (
                SELECT max(s.occurred_at) AS at FROM sessions s
                WHERE s.pairing_id = p.id AND s.occurred_at IS NOT NULL
            ) completed ON p.status = 'ACTIVE'
            WHERE p.status = 'ACTIVE' OR p.at_risk
        ), changes AS (
            SELECT id, risk FROM assessed WHERE risk <> at_risk ORDER BY id LIMIT @batch
        ), changed AS (
            UPDATE pairings p SET at_risk = c.risk
            FROM changes c
            WHERE p.id = c.id AND p.at_risk <> c.risk AND (NOT c.risk OR p.status = 'ACTIVE')
            RETURNING c.risk
        )
        SELECT count(*) FILTER (WHERE risk)::int, count(*) FILTER (WHERE NOT risk)::int FROM changed
        """;

    /// <summary>
    /// Every PROPOSED pairing whose <c>respond_by</c> is before <paramref name="now"/> becomes EXPIRED (ended at
    /// <paramref name="now"/>, version raised) with a status-history entry by the system (no person) whose reason
    /// names <c>respond_by</c>. Returns how many expired in this call (0 when run again).
    /// </summary>
    public async Task<int> ExpireOverdueProposalsAsync(DateTimeOffset now, int batchSize, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        var total = 0;
        while (true)
        {
            await using var command = dataSource.CreateCommand(ExpireSql);
            command.Parameters.Add(new NpgsqlParameter<DateTimeOffset>("now", now.ToUniversalTime()));
            command.Parameters.Add(new NpgsqlParameter<int>("batch", batchSize));
            command.Parameters.Add(new NpgsqlParameter<string>("reason", ExpiryReasonPrefix));
            var expired = await command.ExecuteNonQueryAsync(cancellationToken);
            total += expired;
            if (expired < batchSize)
            {
                return total;
            }
        }
    }

    /// <summary>
    /// Sets <c>at_risk</c> on every pairing <see cref="AtRiskRule"/> says is at risk at <paramref name="now"/> with
    /// <paramref name="periods"/> periods, and clears it on every other (a pairing that met again, or is no longer
    /// ACTIVE); rows whose flag is already right are not written.
    /// <para>
    /// The flag does not raise <c>version</c> (nor <c>updated_at</c>): <c>version</c> is the token clients send
    /// back with a transition, and a flag the system recomputes — hourly, whenever time passes — would otherwise
    /// make their next pause or completion a conflict they did nothing to cause. Client writes never carry the
    /// flag (EF updates only the columns a mutation changed), so neither side overwrites the other.
    /// </para>
    /// </summary>
    public async Task<AtRiskChanges> MarkAtRiskAsync(DateTimeOffset now, int periods, int batchSize, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(periods, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        var total = new AtRiskChanges(0, 0);
        while (true)
        {
            await using var command = dataSource.CreateCommand(MarkAtRiskSql);
            command.Parameters.Add(new NpgsqlParameter<DateTimeOffset>("now", now.ToUniversalTime()));
            command.Parameters.Add(new NpgsqlParameter<int>("periods", periods));
            command.Parameters.Add(new NpgsqlParameter<int>("weekly_days", CadencePeriods.WeeklyDays));
            command.Parameters.Add(new NpgsqlParameter<int>("biweekly_days", CadencePeriods.BiweeklyDays));
            command.Parameters.Add(new NpgsqlParameter<int>("monthly_days", CadencePeriods.MonthlyDays));
            command.Parameters.Add(new NpgsqlParameter<int>("batch", batchSize));
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            await reader.ReadAsync(cancellationToken);
            var batch = new AtRiskChanges(reader.GetInt32(0), reader.GetInt32(1));
            total += batch;
            if (batch.Marked + batch.Cleared < batchSize)
            {
                return total;
            }
        }
    }
}
