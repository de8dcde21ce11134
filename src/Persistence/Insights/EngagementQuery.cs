using System.Text;
using Npgsql;
using NpgsqlTypes;

namespace MentorGraph.Persistence.Insights;

/// <summary>Narrows the pairings engagement counts: a program's, or those with a person of a department on either side (null: no condition).</summary>
public sealed record EngagementFilter(long? ProgramId = null, long? DepartmentId = null);

/// <summary>
/// The raw figures of <c>engagement</c> (see <see cref="EngagementQuery"/> for what each counts); <see cref="People"/> is the
/// privacy rule's count: distinct people of every pairing any figure rests on.
/// </summary>
public sealed record EngagementFigures(
    int ActivePairings, int PausedPairings, int PairingsActiveInPeriod, int SessionsHeld, double SessionsExpected, int AtRiskPairings,
    int ProposalsWaiting, double? AverageProposalAgeDays, int? OldestProposalAgeDays, int FeedbackCount, double? AverageFeedbackRating,
    int LessonsRecorded, int People);

/// <summary>
/// Engagement over a period of local dates [from_at, to_at), in one statement over the pairings in scope (the filter's):
/// <list type="bullet">
/// <item>status at the period's end (ACTIVE, PAUSED) from <c>pairing_status_changes</c> — the last change before to_at;</item>
/// <item>the days each pairing was ACTIVE inside the period (up to now), from the same history, over its cadence's days
/// (WEEKLY 7, BIWEEKLY 14, MONTHLY 365.25/12; the pairing's present cadence): the sessions expected;</item>
/// <item>COMPLETED sessions that occurred in the period; feedback on sessions that occurred in the period; lessons recorded
/// (created_at) in the period;</item>
/// <item>at risk: the pairings flagged now (the flag keeps no history) among those ACTIVE or PAUSED at the period's end;</item>
/// <item>proposals waiting: PROPOSED now, with their age in days (now − proposed_at).</item>
/// </list>
/// Only pairings that started before the period's end and had not ended before its start have history read; sessions come
/// through <c>sessions_occurred_at_pairing</c> (migration 0016), so no heap row is read for them.
/// </summary>
public sealed class EngagementQuery(NpgsqlDataSource dataSource)
{
    /// <summary>Days per agreed session, by cadence.</summary>
    public const string CadenceDays = "CASE s.cadence WHEN 'WEEKLY' THEN 7.0 WHEN 'BIWEEKLY' THEN 14.0 ELSE 365.25 / 12 END";

    public async Task<EngagementFigures> ReadAsync(DateOnly from, DateOnly to, string timeZone, EngagementFilter filter, CancellationToken cancellationToken)
    {
        var scope = new StringBuilder("SELECT p.id, p.senior_id, p.junior_id, p.cadence, p.status, p.at_risk, p.proposed_at, p.started_at, p.ended_at FROM pairings p WHERE true");
        if (filter.ProgramId is not null)
        {
            scope.Append(" AND p.program_id = @program");
        }

        if (filter.DepartmentId is not null)
        {
            scope.Append(" AND (p.senior_id IN (SELECT id FROM people WHERE department_id = @department) OR p.junior_id IN (SELECT id FROM people WHERE department_id = @department))");
        }

        // The sessions, feedback and lessons of the period, narrowed to the scope only when there is a filter (else every
        // pairing is in scope, and the period's rows are read straight from their time indexes).
        var filtered = filter.ProgramId is not null || filter.DepartmentId is not null;
        var inScope = filtered ? " AND x.pairing_id IN (SELECT id FROM scope)" : string.Empty;

        var sql = $"""
            WITH bounds AS (
                SELECT @from::timestamp AT TIME ZONE @zone AS from_at,
                       (@to + 1)::timestamp AT TIME ZONE @zone AS to_at,
                       least((@to + 1)::timestamp AT TIME ZONE @zone, now()) AS until_at
            ), scope AS MATERIALIZED (
                {scope}
            ), ran AS MATERIALIZED (
                SELECT s.* FROM scope s, bounds b
                WHERE s.started_at < b.to_at AND (s.ended_at IS NULL OR s.ended_at >= b.from_at)
            ), history AS (
                SELECT c.pairing_id, c.to_status, c.at,
                       coalesce(lead(c.at) OVER (PARTITION BY c.pairing_id ORDER BY c.at, c.id), 'infinity') AS next_at
                FROM pairing_status_changes c
                WHERE c.pairing_id IN (SELECT id FROM ran)
            ), per_pairing AS (
                SELECT h.pairing_id,
                       bool_or(h.at < b.to_at AND h.next_at >= b.to_at AND h.to_status = 'ACTIVE') AS active_at_end,
                       bool_or(h.at < b.to_at AND h.next_at >= b.to_at AND h.to_status = 'PAUSED') AS paused_at_end,
                       bool_or(h.to_status = 'ACTIVE' AND h.at < b.to_at AND h.next_at > b.from_at) AS active_in_period,
                       coalesce(sum(extract(epoch FROM least(h.next_at, b.until_at) - greatest(h.at, b.from_at)) / 86400.0)
                           FILTER (WHERE h.to_status = 'ACTIVE' AND h.at < b.until_at AND h.next_at > b.from_at), 0) AS active_days
                FROM history h, bounds b
                GROUP BY h.pairing_id
            ), pairing_figures AS (
                SELECT count(*) FILTER (WHERE pp.active_at_end)::integer AS active,
                       count(*) FILTER (WHERE pp.paused_at_end)::integer AS paused,
                       count(*) FILTER (WHERE pp.active_in_period)::integer AS active_in_period,
                       coalesce(sum(pp.active_days / ({CadenceDays})), 0)::double precision AS expected,
                       count(*) FILTER (WHERE s.at_risk AND (pp.active_at_end OR pp.paused_at_end))::integer AS at_risk
                FROM per_pairing pp JOIN ran s ON s.id = pp.pairing_id
            ), proposals AS (
                SELECT count(*)::integer AS waiting,
                       avg(extract(epoch FROM now() - s.proposed_at) / 86400.0)::double precision AS average_age,
                       floor(max(extract(epoch FROM now() - s.proposed_at) / 86400.0))::integer AS oldest_age
                FROM scope s WHERE s.status = 'PROPOSED'
            ), held AS (
                SELECT x.id, x.pairing_id FROM sessions x, bounds b
                WHERE x.occurred_at >= b.from_at AND x.occurred_at < b.to_at{inScope}
            ), feedback AS (
                SELECT count(*)::integer AS given, avg(f.rating)::double precision AS rating
                FROM held h JOIN session_feedback f ON f.session_id = h.id
            ), lessons_recorded AS (
                SELECT count(*)::integer AS recorded FROM lessons x, bounds b
                WHERE x.created_at >= b.from_at AND x.created_at < b.to_at{inScope}
            ), people AS (
                SELECT count(DISTINCT person_id)::integer AS people
                FROM (
                    SELECT senior_id AS person_id FROM ran UNION ALL SELECT junior_id FROM ran
                    UNION ALL SELECT senior_id FROM scope WHERE status = 'PROPOSED' UNION ALL SELECT junior_id FROM scope WHERE status = 'PROPOSED'
                ) involved
            )
            SELECT pf.active, pf.paused, pf.active_in_period, (SELECT count(*)::integer FROM held), pf.expected, pf.at_risk,
                   pr.waiting, pr.average_age, pr.oldest_age, fb.given, fb.rating, lr.recorded, pe.people
            FROM pairing_figures pf, proposals pr, feedback fb, lessons_recorded lr, people pe
            """;
        await using var command = dataSource.CreateCommand(sql);
        command.Parameters.Add(new NpgsqlParameter("from", NpgsqlDbType.Date) { Value = from });
        command.Parameters.Add(new NpgsqlParameter("to", NpgsqlDbType.Date) { Value = to });
        command.Parameters.AddWithValue("zone", timeZone);
        command.Parameters.Add(new NpgsqlParameter("program", NpgsqlDbType.Bigint) { Value = (object?)filter.ProgramId ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("department", NpgsqlDbType.Bigint) { Value = (object?)filter.DepartmentId ?? DBNull.Value });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return new EngagementFigures(
            reader.GetInt32(0), reader.GetInt32(1), reader.GetInt32(2), reader.GetInt32(3), reader.GetDouble(4), reader.GetInt32(5),
            reader.GetInt32(6), reader.IsDBNull(7) ? null : reader.GetDouble(7), reader.IsDBNull(8) ? null : reader.GetInt32(8),
            reader.GetInt32(9), reader.IsDBNull(10) ? null : reader.GetDouble(10), reader.GetInt32(11), reader.GetInt32(12));
    }
}
