using System.Globalization;
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
/// cancelled in the group's span, and the distinct people in all (the privacy rule's count) with their ids — the rule
/// counts a union of groups with them (people do not add up across groups); they never leave the server.
/// </summary>
public sealed record ParticipationCell(
    IReadOnlyList<string?> Keys, IReadOnlyList<string?> Labels, int Juniors, int Seniors, int RepeatParticipants,
    int PairingsStarted, int PairingsCompleted, int PairingsCancelled, int People, IReadOnlySet<long> PeopleIds);

/// <summary>
/// The participation aggregate ("reciprocal mentoring builds loyalty"). A pairing takes part in a span (the period, or each
/// of its months or quarters, clipped to the period) when it started before the span's end and had not ended before the
/// span's start — PAUSED time included; a proposal that never started takes no part. Each such pairing contributes its
/// senior and its junior.
/// <para>
/// One statement reads every pairing started before the period's end with its program and its two people's departments
/// (35,000 rows at the 1,000,000-session seed; no session is read); the groups are counted here, with a set of people and
/// of pairings per group. PostgreSQL's <c>count(DISTINCT …)</c> sorts every participation row instead — a year by month
/// is 460,000 of them at that seed, seconds on a shared machine — while the sets take milliseconds. The same read gives
/// each person's number of pairings for <see cref="ParticipationCell.RepeatParticipants"/>.
/// </para>
/// </summary>
public sealed class ParticipationQuery(NpgsqlDataSource dataSource)
{
    /// <summary>
    /// The groups of pairings that ran from <paramref name="from"/> to <paramref name="to"/> (inclusive local dates in
    /// <paramref name="timeZone"/>, an IANA name). At most one of <see cref="ParticipationDimension.Month"/> and
    /// <see cref="ParticipationDimension.Quarter"/> (the caller checks).
    /// </summary>
    public async Task<IReadOnlyList<ParticipationCell>> ReadAsync(
        IReadOnlyList<ParticipationDimension> dimensions, DateOnly from, DateOnly to, string timeZone, CancellationToken cancellationToken)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(timeZone);
        var spans = Spans(dimensions, from, to, zone);
        var pairings = await ReadPairingsAsync(Instant(to.AddDays(1), zone), cancellationToken);

        // Each person's pairings started before the period's end, on either side, in any program.
        var pairingsOf = new Dictionary<long, int>();
        foreach (var pairing in pairings)
        {
            pairingsOf[pairing.SeniorId] = pairingsOf.GetValueOrDefault(pairing.SeniorId) + 1;
            pairingsOf[pairing.JuniorId] = pairingsOf.GetValueOrDefault(pairing.JuniorId) + 1;
        }

        var groups = new Dictionary<string, Group>(StringComparer.Ordinal);
        foreach (var span in spans)
        {
            foreach (var pairing in pairings)
            {
                if (pairing.StartedAt >= span.To || (pairing.EndedAt is { } ended && ended < span.From))
                {
                    continue;
                }

                var started = pairing.StartedAt >= span.From;
                var completed = pairing.Status == "COMPLETED" && pairing.EndedAt < span.To;
                var cancelled = pairing.Status == "CANCELLED" && pairing.EndedAt < span.To;
                foreach (var (person, department, departmentName, junior) in new[]
                {
                    (pairing.SeniorId, pairing.SeniorDepartmentId, pairing.SeniorDepartment, false),
                    (pairing.JuniorId, pairing.JuniorDepartmentId, pairing.JuniorDepartment, true),
                })
                {
                    var keys = new string?[dimensions.Count];
                    var labels = new string?[dimensions.Count];
                    for (var i = 0; i < dimensions.Count; i++)
                    {
                        (keys[i], labels[i]) = dimensions[i] switch
                        {
                            ParticipationDimension.Department => (department?.ToString(CultureInfo.InvariantCulture), departmentName),
                            ParticipationDimension.Program => (pairing.ProgramId.ToString(CultureInfo.InvariantCulture), pairing.Program),
                            _ => (span.Key, span.Label),
                        };
                    }

                    var id = string.Join('\u001f', keys.Select(key => key ?? "\u0000"));
                    if (!groups.TryGetValue(id, out var group))
                    {
                        group = new Group(keys, labels);
                        groups.Add(id, group);
                    }

                    group.People.Add(person);
                    (junior ? group.Juniors : group.Seniors).Add(person);
                    if (started)
                    {
                        group.Started.Add(pairing.Id);
                    }

                    if (completed)
                    {
                        group.Completed.Add(pairing.Id);
                    }

                    if (cancelled)
                    {
                        group.Cancelled.Add(pairing.Id);
                    }
                }
            }
        }

        return [.. groups.Values.Select(g => new ParticipationCell(
            g.Keys, g.Labels, g.Juniors.Count, g.Seniors.Count, g.People.Count(p => pairingsOf.GetValueOrDefault(p) > 1),
            g.Started.Count, g.Completed.Count, g.Cancelled.Count, g.People.Count, g.People))];
    }

    /// <summary>Every pairing started before <paramref name="endAt"/>, with its program and its two people's departments.</summary>
    private async Task<List<PairingRow>> ReadPairingsAsync(DateTimeOffset endAt, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            SELECT p.id, p.program_id, prog.name, p.senior_id, p.junior_id, sd.id, sd.name, jd.id, jd.name, p.status, p.started_at, p.ended_at
            FROM pairings p
            JOIN programs prog ON prog.id = p.program_id
            JOIN people sr ON sr.id = p.senior_id
            JOIN people jr ON jr.id = p.junior_id
            LEFT JOIN departments sd ON sd.id = sr.department_id
            LEFT JOIN departments jd ON jd.id = jr.department_id
            WHERE p.started_at < @end
            """);
        command.Parameters.Add(new NpgsqlParameter("end", NpgsqlDbType.TimestampTz) { Value = endAt });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<PairingRow>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(new PairingRow(
                reader.GetInt64(0), reader.GetInt64(1), reader.GetString(2), reader.GetInt64(3), reader.GetInt64(4),
                reader.IsDBNull(5) ? null : reader.GetInt64(5), reader.IsDBNull(6) ? null : reader.GetString(6),
                reader.IsDBNull(7) ? null : reader.GetInt64(7), reader.IsDBNull(8) ? null : reader.GetString(8),
                reader.GetString(9), reader.GetFieldValue<DateTimeOffset>(10), reader.IsDBNull(11) ? null : reader.GetFieldValue<DateTimeOffset>(11)));
        }

        return rows;
    }

    /// <summary>
    /// The spans: the whole period (key <c>ALL</c>), or its months (<c>2026-05</c>, "May 2026") or quarters (<c>2026-Q2</c>,
    /// "2026 Q2"), each clipped to the period, as instants from local midnights.
    /// </summary>
    private static List<Span> Spans(IReadOnlyList<ParticipationDimension> dimensions, DateOnly from, DateOnly to, TimeZoneInfo zone)
    {
        var months = dimensions.Contains(ParticipationDimension.Month) ? 1 : dimensions.Contains(ParticipationDimension.Quarter) ? 3 : 0;
        if (months == 0)
        {
            return [new Span("ALL", "All", Instant(from, zone), Instant(to.AddDays(1), zone))];
        }

        var spans = new List<Span>();
        var start = new DateOnly(from.Year, ((from.Month - 1) / months * months) + 1, 1);
        for (; start <= to; start = start.AddMonths(months))
        {
            var (key, label) = months == 1
                ? (start.ToString("yyyy-MM", CultureInfo.InvariantCulture), start.ToString("MMMM yyyy", CultureInfo.InvariantCulture))
                : (string.Create(CultureInfo.InvariantCulture, $"{start.Year}-Q{((start.Month - 1) / 3) + 1}"), string.Create(CultureInfo.InvariantCulture, $"{start.Year} Q{((start.Month - 1) / 3) + 1}"));
            var first = start < from ? from : start;
            var next = start.AddMonths(months);
            var end = next > to.AddDays(1) ? to.AddDays(1) : next;
            spans.Add(new Span(key, label, Instant(first, zone), Instant(end, zone)));
        }

        return spans;
    }

    /// <summary>The instant a local date begins in <paramref name="zone"/> (a midnight skipped by a clock change: the hour after).</summary>
    private static DateTimeOffset Instant(DateOnly day, TimeZoneInfo zone)
    {
        var local = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        while (zone.IsInvalidTime(local))
        {
            local = local.AddMinutes(30);
        }

        return new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(local, zone), TimeSpan.Zero);
    }

    private sealed record Span(string Key, string Label, DateTimeOffset From, DateTimeOffset To);

    private sealed record PairingRow(
        long Id, long ProgramId, string Program, long SeniorId, long JuniorId, long? SeniorDepartmentId, string? SeniorDepartment,
        long? JuniorDepartmentId, string? JuniorDepartment, string Status, DateTimeOffset StartedAt, DateTimeOffset? EndedAt);

    private sealed class Group(string?[] keys, string?[] labels)
    {
        public string?[] Keys { get; } = keys;

        public string?[] Labels { get; } = labels;

        public HashSet<long> People { get; } = [];

        public HashSet<long> Juniors { get; } = [];

        public HashSet<long> Seniors { get; } = [];

        public HashSet<long> Started { get; } = [];

        public HashSet<long> Completed { get; } = [];

        public HashSet<long> Cancelled { get; } = [];
    }
}
