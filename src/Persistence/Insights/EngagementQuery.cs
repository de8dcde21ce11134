using System.Text;
using Npgsql;
using NpgsqlTypes;

namespace MentorGraph.Persistence.Insights;

/// <summary>Narrows the pairings engagement counts: a program's, or those with a person of a department on either side (null: no condition).</summary>
public sealed record EngagementFilter(long? ProgramId = null, long? DepartmentId = null);

/// <summary>The raw figures of <c>engagement</c> (see <see cref="EngagementQuery"/> for what each counts).</summary>
public sealed record EngagementFigures(
    int ActivePairings, int PausedPairings, int PairingsActiveInPeriod, int SessionsHeld, double SessionsExpected, int AtRiskPairings,
    int ProposalsWaiting, double? AverageProposalAgeDays, int? OldestProposalAgeDays, int FeedbackCount, double? AverageFeedbackRating,
    int LessonsRecorded);

/// <summary>
/// One cell of the privacy rule's grid: the people engagement's figures rest on (both sides of the pairings that ran in the
/// period or wait as proposals) in one program and/or one department of their own (a key the grid does not split by is
/// null; so is a person's missing department), with their ids when fewer than the k the grid was read with.
/// </summary>
public sealed record EngagementCell(long? ProgramId, long? DepartmentId, int People, IReadOnlyList<long>? PeopleIds);

/// <summary>
/// Engagement over a period of local dates [from_at, to_at), in one statement over the pairings in scope (the filter's):
/// <list type="bullet">
/// <item>status at the period's end (ACTIVE, PAUSED) from <c>pairing_status_changes</c> — the last change before to_at;</item>
/// <item>the days each pairing was ACTIVE inside the period (up to now), from the same history, over the days per session of
/// the cadence in force then (WEEKLY 7, BIWEEKLY 14, MONTHLY 365.25/12; <c>insights.pairing_cadence_changes</c>, migration
/// 0020 — an ACTIVE stretch across a cadence change is cut there): the sessions expected — summed at the present cadence
/// in the status scan, then corrected for the few pairings whose cadence changed (only their pieces and status history are
/// read: a second pass over every status stretch doubled the statement's time at the 1,000,000-session seed; reading every
/// pairing's flag and cadence rows still added 35 %, the partial indexes of changes leave about 10 ms);</item>
/// <item>COMPLETED sessions that occurred in the period; feedback on sessions that occurred in the period; lessons recorded
/// (created_at) in the period;</item>
/// <item>at risk: the pairings flagged at the period's end (<c>insights.pairing_at_risk_changes</c>, migration 0020: the flag's
/// value whose stretch holds that moment, read only for pairings whose flag ever changed — found through the partial index
/// of changes; the others had their present flag throughout) among those ACTIVE or PAUSED then;</item>
/// <item>proposals waiting: PROPOSED now, with their age in days (now − proposed_at).</item>
/// </list>
/// Only pairings that started before the period's end and had not ended before its start have history read (pairings and
/// their histories are small: 40,000 pairings, 100,000 status changes and about 40,000 rows each of flag and cadence history
/// at the 1,000,000-session seed). Flag and cadence history before migration 0020 is not known: the values as they stood
/// when it ran stand for a pairing's whole time before it. Sessions, feedback and lessons — the
/// million-row tables — are read from their rollup by local day, <c>insights.engagement_days</c> (migration 0016, kept
/// current by <see cref="EngagementDays"/>): a year is 55,000 rows at that seed (day × program × the two departments).
/// </summary>
public sealed class EngagementQuery(NpgsqlDataSource dataSource)
{
    /// <summary>Days per agreed session, by cadence.</summary>
    public const string CadenceDays = "CASE s.cadence WHEN 'WEEKLY' THEN 7.0 WHEN 'BIWEEKLY' THEN 14.0 ELSE 365.25 / 12 END";

    /// <summary>The figures of the pairings in <paramref name="filter"/>'s scope (the privacy rule is the caller's, over <see cref="ReadPeopleGridAsync"/>).</summary>
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

        // The sessions, feedback and lessons of the period come from the rollup (insights.engagement_days, by local day),
        // narrowed by the same conditions on its program and department columns.
        var rollup = new StringBuilder();
        if (filter.ProgramId is not null)
        {
            rollup.Append(" AND r.program_id = @program");
        }

        if (filter.DepartmentId is not null)
        {
            rollup.Append(" AND (r.senior_department_id = @department OR r.junior_department_id = @department)");
        }

        var sql = $"""
            WITH bounds AS (
                SELECT @from::timestamp AT TIME ZONE @zone AS from_at,
                       (@to + 1)::timestamp AT TIME ZONE @zone AS to_at,
                       least((@to + 1)::timestamp AT TIME ZONE @zone, now()) AS until_at
            ), scope AS NOT MATERIALIZED (
                {scope}
            ), ran AS NOT MATERIALIZED (
                SELECT s.* FROM scope s, bounds b
                WHERE s.started_at < b.to_at AND (s.ended_at IS NULL OR s.ended_at >= b.from_at)
            ), history AS (
                -- Each status with the moment the next one began: the whole history (a scan of its index, in order), joined
                -- to the pairings that ran by hash — cheaper than an index lookup per pairing.
                SELECT c.pairing_id, c.to_status, c.at,
                       coalesce(lead(c.at) OVER (PARTITION BY c.pairing_id ORDER BY c.at, c.id), 'infinity') AS next_at
                FROM pairing_status_changes c
            ), flags AS (
                -- The at-risk flag at the period's end of the pairings whose flag ever changed (insights.pairing_at_risk_changes,
                -- migration 0020; found through its partial index of changes): the value whose stretch holds to_at, the first
                -- value also covering any time before it was recorded. Every other pairing has had its present flag throughout.
                SELECT f.pairing_id, f.at_risk
                FROM (
                    SELECT f.pairing_id, f.at_risk,
                           CASE WHEN lag(f.id) OVER w IS NULL THEN '-infinity' ELSE f.at END AS at,
                           coalesce(lead(f.at) OVER w, 'infinity') AS next_at
                    FROM insights.pairing_at_risk_changes f
                    WHERE f.pairing_id IN (SELECT c.pairing_id FROM insights.pairing_at_risk_changes c WHERE NOT c.initial)
                    WINDOW w AS (PARTITION BY f.pairing_id ORDER BY f.at, f.id)
                ) f, bounds b
                WHERE f.at < b.to_at AND f.next_at >= b.to_at
            ), cadence_changed AS (
                -- The few pairings whose cadence changed (a row of insights.pairing_cadence_changes, migration 0020, besides the
                -- initial one: its partial index of changes).
                SELECT DISTINCT c.pairing_id FROM insights.pairing_cadence_changes c WHERE NOT c.initial
            ), cadence_pieces AS (
                -- Their cadences, each with the moment the next took over (the first also covering any time before it).
                SELECT s.pairing_id, {CadenceDays} AS days,
                       CASE WHEN lag(s.id) OVER w IS NULL THEN '-infinity' ELSE s.at END AS at,
                       coalesce(lead(s.at) OVER w, 'infinity') AS next_at
                FROM insights.pairing_cadence_changes s
                WHERE s.pairing_id IN (SELECT pairing_id FROM cadence_changed)
                WINDOW w AS (PARTITION BY s.pairing_id ORDER BY s.at, s.id)
            ), cadence_correction AS (
                -- Per piece, the ACTIVE time inside the period (up to now) it covers, counted at its own cadence instead of the
                -- present one: pairing_figures' sum + this = each ACTIVE stretch cut where the cadence changed.
                SELECT coalesce(sum(extract(epoch FROM least(h.next_at, c.next_at, b.until_at) - greatest(h.at, c.at, b.from_at)) / 86400.0
                           * (1 / c.days - 1 / ({CadenceDays}))), 0)::double precision AS correction
                FROM cadence_pieces c
                JOIN ran s ON s.id = c.pairing_id
                JOIN LATERAL (
                    SELECT x.to_status, x.at, coalesce(lead(x.at) OVER (ORDER BY x.at, x.id), 'infinity') AS next_at
                    FROM pairing_status_changes x WHERE x.pairing_id = c.pairing_id
                ) h ON h.to_status = 'ACTIVE', bounds b
                WHERE h.at < b.until_at AND h.next_at > b.from_at
                  AND c.at < least(h.next_at, b.until_at) AND c.next_at > greatest(h.at, b.from_at)
            ), pairing_figures AS (
                -- One status interval of a pairing holds the period's end; ACTIVE intervals may be several. Sessions expected
                -- at the present cadence here; cadence_correction (above) puts right the time a pairing had another one.
                SELECT count(*) FILTER (WHERE h.at < b.to_at AND h.next_at >= b.to_at AND h.to_status = 'ACTIVE')::integer AS active,
                       count(*) FILTER (WHERE h.at < b.to_at AND h.next_at >= b.to_at AND h.to_status = 'PAUSED')::integer AS paused,
                       count(DISTINCT h.pairing_id) FILTER (WHERE h.to_status = 'ACTIVE' AND h.at < b.to_at AND h.next_at > b.from_at)::integer AS active_in_period,
                       coalesce(sum(extract(epoch FROM least(h.next_at, b.until_at) - greatest(h.at, b.from_at)) / 86400.0 / ({CadenceDays}))
                           FILTER (WHERE h.to_status = 'ACTIVE' AND h.at < b.until_at AND h.next_at > b.from_at), 0)::double precision
                           + (SELECT cc.correction FROM cadence_correction cc) AS expected,
                       count(*) FILTER (WHERE h.at < b.to_at AND h.next_at >= b.to_at AND h.to_status IN ('ACTIVE', 'PAUSED') AND coalesce(f.at_risk, s.at_risk))::integer AS at_risk
                FROM history h JOIN ran s ON s.id = h.pairing_id LEFT JOIN flags f ON f.pairing_id = h.pairing_id, bounds b
            ), proposals AS (
                SELECT count(*)::integer AS waiting,
                       avg(extract(epoch FROM now() - s.proposed_at) / 86400.0)::double precision AS average_age,
                       floor(max(extract(epoch FROM now() - s.proposed_at) / 86400.0))::integer AS oldest_age
                FROM scope s WHERE s.status = 'PROPOSED'
            ), activity AS (
                SELECT coalesce(sum(r.sessions_held), 0)::integer AS held,
                       coalesce(sum(r.feedback_count), 0)::integer AS given,
                       (sum(r.feedback_rating_sum)::double precision / nullif(sum(r.feedback_count), 0)) AS rating,
                       coalesce(sum(r.lessons), 0)::integer AS recorded
                FROM insights.engagement_days r
                WHERE r.day BETWEEN @from AND @to{rollup}
            )
            SELECT pf.active, pf.paused, pf.active_in_period, a.held, pf.expected, pf.at_risk,
                   pr.waiting, pr.average_age, pr.oldest_age, a.given, a.rating, a.recorded
            FROM pairing_figures pf, proposals pr, activity a
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
            reader.GetInt32(9), reader.IsDBNull(10) ? null : reader.GetDouble(10), reader.GetInt32(11));
    }

    /// <summary>
    /// The privacy rule's grid for the period: the people of the pairings that ran in it (started before its end, not ended
    /// before its start) or are PROPOSED now, counted per program when <paramref name="byProgram"/> and per their own
    /// department when <paramref name="byDepartment"/> — every program and department, as the rule decides a filtered
    /// answer as one group of that grid — with the ids of a cell's people when fewer than <paramref name="k"/> (the rule
    /// counts unions of small cells). Without either, one cell whose count stops at k (all the rule needs). One scan of
    /// pairings and one hash join to people: 87 ms at the 1,000,000-session seed for program × department, 31 ms without.
    /// </summary>
    public async Task<IReadOnlyList<EngagementCell>> ReadPeopleGridAsync(
        DateOnly from, DateOnly to, string timeZone, bool byProgram, bool byDepartment, int k, CancellationToken cancellationToken)
    {
        var select = byProgram || byDepartment
            ? $"""
                SELECT {(byProgram ? "i.program_id" : "NULL::bigint")}, {(byDepartment ? "pe.department_id" : "NULL::bigint")},
                       count(DISTINCT i.person_id)::integer,
                       CASE WHEN count(DISTINCT i.person_id) < @k THEN array_agg(DISTINCT i.person_id) END
                FROM persons i {(byDepartment ? "JOIN people pe ON pe.id = i.person_id" : "")}
                GROUP BY 1, 2
                """
            : """
                SELECT NULL::bigint, NULL::bigint, count(*)::integer, CASE WHEN count(*) < @k THEN array_agg(person_id) END
                FROM (SELECT DISTINCT person_id FROM persons LIMIT @k) enough
                """;
        await using var command = dataSource.CreateCommand($"""
            WITH bounds AS (
                SELECT @from::timestamp AT TIME ZONE @zone AS from_at, (@to + 1)::timestamp AT TIME ZONE @zone AS to_at
            ), involved AS (
                SELECT p.program_id, p.senior_id, p.junior_id
                FROM pairings p CROSS JOIN bounds b
                WHERE (p.started_at < b.to_at AND (p.ended_at IS NULL OR p.ended_at >= b.from_at)) OR p.status = 'PROPOSED'
            ), persons AS (
                SELECT program_id, senior_id AS person_id FROM involved UNION ALL SELECT program_id, junior_id FROM involved
            )
            {select}
            """);
        command.Parameters.Add(new NpgsqlParameter("from", NpgsqlDbType.Date) { Value = from });
        command.Parameters.Add(new NpgsqlParameter("to", NpgsqlDbType.Date) { Value = to });
        command.Parameters.AddWithValue("zone", timeZone);
        command.Parameters.AddWithValue("k", k);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var cells = new List<EngagementCell>();
        while (await reader.ReadAsync(cancellationToken))
        {
            cells.Add(new EngagementCell(
                reader.IsDBNull(0) ? null : reader.GetInt64(0), reader.IsDBNull(1) ? null : reader.GetInt64(1), reader.GetInt32(2),
                reader.IsDBNull(3) ? null : reader.GetFieldValue<long[]>(3)));
        }

        return cells;
    }
}
