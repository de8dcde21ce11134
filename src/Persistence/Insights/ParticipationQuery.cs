using System.Text;
using Npgsql;
using NpgsqlTypes;

namespace MentorGraph.Persistence.Insights;

/// <summary>What a participation group is keyed by.</summary>
public enum ParticipationDimension
{
    /// <summary>The participant's department (a pairing across two departments counts in both).</summary>
    Department,

    /// <summary>The pairing's program.</summary>
    Program,

    /// <summary>Each calendar month of the period the pairing ran in (the company's time zone).</summary>
    Month,

    /// <summary>Each calendar quarter of the period the pairing ran in.</summary>
    Quarter,
}

/// <summary>
/// One group of participation: its value per dimension (in the order asked; null for a person without a department),
/// the distinct people on each side, those of them in more than one pairing, the pairings started, completed and
/// cancelled in the group's span, and the distinct people in all (the privacy rule's count).
/// </summary>
public sealed record ParticipationCell(
    IReadOnlyList<string?> Keys, IReadOnlyList<string?> Labels, int Juniors, int Seniors, int RepeatParticipants,
    int PairingsStarted, int PairingsCompleted, int PairingsCancelled, int People);

/// <summary>
/// The participation aggregate ("reciprocal mentoring builds loyalty"), in one statement. A pairing takes part in a span
/// (the period, or each of its months or quarters, clipped to the period) when it started before the span's end and had not
/// ended before the span's start — PAUSED time included; a proposal that never started takes no part. Each such pairing
/// contributes its senior and its junior. The grouping expressions come from a fixed table (never from the caller's text).
/// Reads pairings (40,000 at the 1,000,000-session seed) with their two people; no session is read.
/// </summary>
public sealed class ParticipationQuery(NpgsqlDataSource dataSource)
{
    private static readonly Dictionary<ParticipationDimension, (string Key, string Label)> Expressions = new()
    {
        [ParticipationDimension.Department] = ("d.id::text", "d.name"),
        [ParticipationDimension.Program] = ("x.program_id::text", "prog.name"),
        [ParticipationDimension.Month] = ("x.span_key", "x.span_label"),
        [ParticipationDimension.Quarter] = ("x.span_key", "x.span_label"),
    };

    /// <summary>
    /// The groups of pairings that ran from <paramref name="from"/> to <paramref name="to"/> (inclusive local dates in
    /// <paramref name="timeZone"/>). At most one of <see cref="ParticipationDimension.Month"/> and
    /// <see cref="ParticipationDimension.Quarter"/> (the caller checks).
    /// </summary>
    public async Task<IReadOnlyList<ParticipationCell>> ReadAsync(
        IReadOnlyList<ParticipationDimension> dimensions, DateOnly from, DateOnly to, string timeZone, CancellationToken cancellationToken)
    {
        // The spans: the whole period, or its months or quarters (each clipped to the period), as local dates.
        var spans = dimensions.Contains(ParticipationDimension.Month) ? Spans("1 month", "'YYYY-MM'", "'FMMonth YYYY'")
            : dimensions.Contains(ParticipationDimension.Quarter) ? Spans("3 months", "'YYYY-\"Q\"Q'", "'YYYY \"Q\"Q'", "quarter")
            : "SELECT 'ALL'::text AS span_key, 'All'::text AS span_label, @from AS span_from, @to + 1 AS span_to";

        var select = new StringBuilder();
        var groupBy = new List<string>();
        foreach (var dimension in dimensions)
        {
            var (key, label) = Expressions[dimension];
            select.Append(key).Append(", ").Append(label).Append(", ");
            groupBy.Add(key);
            groupBy.Add(label);
        }

        var sql = $"""
            WITH spans AS (
                SELECT span_key, span_label,
                       span_from::timestamp AT TIME ZONE @zone AS from_at,
                       span_to::timestamp AT TIME ZONE @zone AS to_at
                FROM ({spans}) s
            ), pairings_per_person AS (
                SELECT person_id, count(*) AS pairings
                FROM (
                    SELECT senior_id AS person_id FROM pairings WHERE started_at < ((@to + 1)::timestamp AT TIME ZONE @zone)
                    UNION ALL
                    SELECT junior_id FROM pairings WHERE started_at < ((@to + 1)::timestamp AT TIME ZONE @zone)
                ) started
                GROUP BY person_id
            ), x AS (
                SELECT sp.span_key, sp.span_label, sp.from_at, sp.to_at,
                       p.id AS pairing_id, p.program_id, p.status, p.started_at, p.ended_at, side.person_id, side.is_junior
                FROM spans sp
                JOIN pairings p ON p.started_at < sp.to_at AND (p.ended_at IS NULL OR p.ended_at >= sp.from_at)
                CROSS JOIN LATERAL (VALUES (p.senior_id, false), (p.junior_id, true)) AS side (person_id, is_junior)
            )
            SELECT {select}
                   count(DISTINCT x.person_id) FILTER (WHERE x.is_junior)::integer,
                   count(DISTINCT x.person_id) FILTER (WHERE NOT x.is_junior)::integer,
                   count(DISTINCT x.person_id) FILTER (WHERE ppp.pairings > 1)::integer,
                   count(DISTINCT x.pairing_id) FILTER (WHERE x.started_at >= x.from_at)::integer,
                   count(DISTINCT x.pairing_id) FILTER (WHERE x.status = 'COMPLETED' AND x.ended_at < x.to_at)::integer,
                   count(DISTINCT x.pairing_id) FILTER (WHERE x.status = 'CANCELLED' AND x.ended_at < x.to_at)::integer,
                   count(DISTINCT x.person_id)::integer
            FROM x
            JOIN people pe ON pe.id = x.person_id
            LEFT JOIN departments d ON d.id = pe.department_id
            JOIN programs prog ON prog.id = x.program_id
            LEFT JOIN pairings_per_person ppp ON ppp.person_id = x.person_id
            {(groupBy.Count == 0 ? "" : "GROUP BY " + string.Join(", ", groupBy))}
            """;
        await using var command = dataSource.CreateCommand(sql);
        command.Parameters.Add(new NpgsqlParameter("from", NpgsqlDbType.Date) { Value = from });
        command.Parameters.Add(new NpgsqlParameter("to", NpgsqlDbType.Date) { Value = to });
        command.Parameters.AddWithValue("zone", timeZone);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var cells = new List<ParticipationCell>();
        var n = dimensions.Count;
        while (await reader.ReadAsync(cancellationToken))
        {
            var keys = new string?[n];
            var labels = new string?[n];
            for (var i = 0; i < n; i++)
            {
                keys[i] = reader.IsDBNull(2 * i) ? null : reader.GetString(2 * i);
                labels[i] = reader.IsDBNull((2 * i) + 1) ? null : reader.GetString((2 * i) + 1);
            }

            var c = 2 * n;
            var cell = new ParticipationCell(
                keys, labels, reader.GetInt32(c), reader.GetInt32(c + 1), reader.GetInt32(c + 2), reader.GetInt32(c + 3),
                reader.GetInt32(c + 4), reader.GetInt32(c + 5), reader.GetInt32(c + 6));
            if (cell.People > 0)
            {
                cells.Add(cell); // without a grouping, no pairing still gives one row of zeros: no group
            }
        }

        return cells;
    }

    /// <summary>The months or quarters overlapping the period, each clipped to it: (key, label, first local day, day after the last).</summary>
    private static string Spans(string step, string keyFormat, string labelFormat, string truncate = "month") => $"""
        SELECT to_char(m, {keyFormat}) AS span_key, to_char(m, {labelFormat}) AS span_label,
               greatest(m::date, @from) AS span_from, least((m + interval '{step}')::date, @to + 1) AS span_to
        FROM generate_series(date_trunc('{truncate}', @from::timestamp), @to::timestamp, interval '{step}') AS m
        """;
}
