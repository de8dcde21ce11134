using Npgsql;
using NpgsqlTypes;

namespace MentorGraph.Persistence.Matching;

/// <summary>What someone offers to teach or has taught on one topic: declared (<c>canTeach</c>), lessons taught, classified notes.</summary>
public sealed record TopicEvidence(string TopicId, bool Declared, int Lessons, int Notes);

/// <summary>
/// One side of a possible pairing as the evidence query sees it: band as its rank (JUNIOR 1 … EXECUTIVE 4, the
/// database's <c>band_rank</c>), what they can teach (only topics that matter to the other side, for a candidate) and
/// what they want to learn.
/// </summary>
public sealed record PairingParty(
    long Id, string Name, string Band, int BandRank, long? DepartmentId, string? DepartmentName, bool Active,
    IReadOnlyList<TopicEvidence> Teaches, IReadOnlyList<string> WantsToLearn);

/// <summary>
/// <c>suggestedPairings</c>' evidence, in five statements whatever the company's size: the person (with their lessons
/// per topic) and whether the program exists; the notes in the person's teaching direction per topic; the positions of the
/// topics the person wants; a shortlist of
/// candidates — active, another band, not in an open (PROPOSED, ACTIVE, PAUSED) pairing with the person in the
/// program — who declared a topic the person wants or taught it (in lessons, or in sessions by classified notes), or want
/// a topic the person can teach, ordered by that cheap evidence and cut at <c>shortlist</c>; and those candidates' notes in their teaching direction on the
/// topics the person wants. Scoring is the caller's (pure code).
/// </summary>
public sealed class PairingEvidenceQuery(NpgsqlDataSource dataSource)
{
    /// <summary>The person <paramref name="personId"/> with their evidence, and whether program <paramref name="programId"/> exists; null when no such person.</summary>
    public async Task<(PairingParty Person, bool ProgramExists)?> ReadPersonAsync(long personId, long programId, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            SELECT p.id, p.name, p.band, band_rank(p.band), p.department_id, d.name, p.active,
                   ARRAY(SELECT topic_id FROM person_can_teach WHERE person_id = p.id ORDER BY topic_id),
                   ARRAY(SELECT topic_id FROM person_wants_to_learn WHERE person_id = p.id ORDER BY topic_id),
                   ARRAY(SELECT topic_id FROM lessons WHERE teacher_id = p.id AND topic_id IS NOT NULL GROUP BY topic_id ORDER BY topic_id),
                   ARRAY(SELECT count(*)::integer FROM lessons WHERE teacher_id = p.id AND topic_id IS NOT NULL GROUP BY topic_id ORDER BY topic_id),
                   EXISTS (SELECT 1 FROM programs WHERE id = @program)
            FROM people p
            LEFT JOIN departments d ON d.id = p.department_id
            WHERE p.id = @person
            """);
        command.Parameters.AddWithValue("person", personId);
        command.Parameters.AddWithValue("program", programId);
        string[] declared, wants, lessonTopics;
        int[] lessonCounts;
        PairingParty person;
        bool programExists;
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            if (!await reader.ReadAsync(cancellationToken))
            {
                return null;
            }

            declared = reader.GetFieldValue<string[]>(7);
            wants = reader.GetFieldValue<string[]>(8);
            lessonTopics = reader.GetFieldValue<string[]>(9);
            lessonCounts = reader.GetFieldValue<int[]>(10);
            programExists = reader.GetBoolean(11);
            person = new PairingParty(
                reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetInt32(3),
                reader.IsDBNull(4) ? null : reader.GetInt64(4), reader.IsDBNull(5) ? null : reader.GetString(5), reader.GetBoolean(6), [], wants);
        }

        var notes = await ReadNotesAsync([personId], null, cancellationToken);
        var lessons = lessonTopics.Zip(lessonCounts).ToDictionary(x => x.First, x => x.Second, StringComparer.Ordinal);
        var topics = declared.Concat(lessons.Keys).Concat(notes.Where(n => n.Key.PersonId == personId).Select(n => n.Key.TopicId)).Distinct().Order(StringComparer.Ordinal);
        var teaches = topics.Select(t => new TopicEvidence(
            t, declared.Contains(t), lessons.GetValueOrDefault(t), notes.GetValueOrDefault((personId, t)))).ToList();
        return (person with { Teaches = teaches }, programExists);
    }

    /// <summary>
    /// Up to <paramref name="shortlist"/> candidates for <paramref name="person"/> in <paramref name="programId"/>, with
    /// their evidence on the topics <paramref name="person"/> wants to learn and their wishes among the topics
    /// <paramref name="person"/> can teach.
    /// </summary>
    public async Task<IReadOnlyList<PairingParty>> ReadCandidatesAsync(PairingParty person, long programId, int shortlist, CancellationToken cancellationToken)
    {
        var wants = person.WantsToLearn.ToArray();
        var teaches = person.Teaches.Select(t => t.TopicId).ToArray();
        // The shortlist first, from insights.pairing_profiles (migration 0018, kept current by triggers): one narrow row per
        // person with what they offer per topic (1 per declaration + ln(1 + lessons) + 0.5 × ln(1 + classified notes in which
        // they taught it, since migration 0020), by topics.position) and their wishes
        // as a bit mask, so the cheap evidence is a sum of a few array elements and a bit count per row instead of an
        // aggregate of every declaration, lesson and wish on the topics (200,000 rows at 1M sessions). Only then the
        // shortlisted candidates' topics, through the indexes by person.
        var positions = await ReadTopicPositionsAsync(wants, cancellationToken);
        var offer = positions.Count == 0
            ? "0::double precision"
            : string.Join(" + ", positions.Select((_, i) => $"coalesce(pp.offers[@w{i}], 0)"));
        await using var command = dataSource.CreateCommand($$"""
            WITH open_partners AS (
                SELECT junior_id AS id FROM pairings
                WHERE senior_id = @person AND program_id = @program AND status IN ('PROPOSED', 'ACTIVE', 'PAUSED')
                UNION
                SELECT senior_id FROM pairings
                WHERE junior_id = @person AND program_id = @program AND status IN ('PROPOSED', 'ACTIVE', 'PAUSED')
            ), scored AS (
                SELECT pp.person_id, {{offer}} AS offer,
                       bit_count((pp.wants & (SELECT coalesce(sum(1::bigint << (t.position - 1)), 0)::bigint FROM topics t WHERE t.id = ANY (@teaches)))::bit(64))::double precision AS ask
                FROM insights.pairing_profiles pp
                WHERE pp.active AND pp.person_id <> @person AND pp.band <> @band
                OFFSET 0
            ), shortlist AS (
                SELECT c.id, c.name, c.band, c.department_id, s.evidence
                FROM (SELECT s.person_id, s.offer + s.ask + least(s.offer, s.ask) AS evidence
                      FROM scored s
                      WHERE (s.offer > 0 OR s.ask > 0) AND NOT EXISTS (SELECT 1 FROM open_partners op WHERE op.id = s.person_id)
                      ORDER BY evidence DESC, s.person_id
                      LIMIT @shortlist) s
                JOIN people c ON c.id = s.person_id
            ), offered AS (
                SELECT s.id AS person_id, t.topic_id, bool_or(t.declared) AS declared, sum(t.lessons)::integer AS lessons
                FROM shortlist s
                CROSS JOIN LATERAL (
                    SELECT topic_id, true AS declared, 0 AS lessons FROM person_can_teach WHERE person_id = s.id AND topic_id = ANY (@wants)
                    UNION ALL
                    SELECT topic_id, false, count(*)::integer FROM lessons WHERE teacher_id = s.id AND topic_id = ANY (@wants) GROUP BY topic_id) t
                GROUP BY s.id, t.topic_id
            ), offers AS (
                SELECT person_id, array_agg(topic_id ORDER BY topic_id) AS topics, array_agg(declared ORDER BY topic_id) AS declared,
                       array_agg(lessons ORDER BY topic_id) AS lessons
                FROM offered GROUP BY person_id
            )
            SELECT s.id, s.name, s.band, band_rank(s.band), s.department_id, d.name,
                   coalesce(o.topics, '{}'), coalesce(o.declared, '{}'), coalesce(o.lessons, '{}'),
                   ARRAY(SELECT w.topic_id FROM person_wants_to_learn w WHERE w.person_id = s.id AND w.topic_id = ANY (@teaches) ORDER BY w.topic_id)
            FROM shortlist s
            LEFT JOIN offers o ON o.person_id = s.id
            LEFT JOIN departments d ON d.id = s.department_id
            ORDER BY s.evidence DESC, s.id
            """);
        command.Parameters.Add(new NpgsqlParameter("wants", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = wants });
        command.Parameters.Add(new NpgsqlParameter("teaches", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = teaches });
        command.Parameters.AddWithValue("person", person.Id);
        command.Parameters.AddWithValue("band", person.Band);
        command.Parameters.AddWithValue("program", programId);
        command.Parameters.AddWithValue("shortlist", shortlist);
        for (var i = 0; i < positions.Count; i++)
        {
            command.Parameters.AddWithValue($"w{i}", positions[i]);
        }

        var rows = new List<(PairingParty Party, string[] Topics, bool[] Declared, int[] Lessons)>();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                var party = new PairingParty(
                    reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetInt32(3),
                    reader.IsDBNull(4) ? null : reader.GetInt64(4), reader.IsDBNull(5) ? null : reader.GetString(5), true, [],
                    reader.GetFieldValue<string[]>(9));
                rows.Add((party, reader.GetFieldValue<string[]>(6), reader.GetFieldValue<bool[]>(7), reader.GetFieldValue<int[]>(8)));
            }
        }

        var notes = rows.Count == 0 || wants.Length == 0
            ? new Dictionary<(long PersonId, string TopicId), int>()
            : await ReadNotesAsync([.. rows.Select(r => r.Party.Id)], wants, cancellationToken);
        return [.. rows.Select(row =>
        {
            var id = row.Party.Id;
            var known = row.Topics.Select((t, i) => (Topic: t, Declared: row.Declared[i], Lessons: row.Lessons[i])).ToDictionary(x => x.Topic, StringComparer.Ordinal);
            var topics = known.Keys.Concat(notes.Keys.Where(k => k.PersonId == id).Select(k => k.TopicId)).Distinct().Order(StringComparer.Ordinal);
            var teachesEvidence = topics.Select(t => known.TryGetValue(t, out var k)
                ? new TopicEvidence(t, k.Declared, k.Lessons, notes.GetValueOrDefault((id, t)))
                : new TopicEvidence(t, false, 0, notes.GetValueOrDefault((id, t)))).ToList();
            return row.Party with { Teaches = teachesEvidence };
        })];
    }

    /// <summary>The positions (insights.pairing_profiles' array indexes) of the topics <paramref name="topicIds"/> that exist.</summary>
    private async Task<IReadOnlyList<int>> ReadTopicPositionsAsync(string[] topicIds, CancellationToken cancellationToken)
    {
        if (topicIds.Length == 0)
        {
            return [];
        }

        await using var command = dataSource.CreateCommand("SELECT position FROM topics WHERE id = ANY (@topics) ORDER BY position");
        command.Parameters.Add(new NpgsqlParameter("topics", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = topicIds });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var positions = new List<int>();
        while (await reader.ReadAsync(cancellationToken))
        {
            positions.Add(reader.GetInt32(0));
        }

        return positions;
    }

    /// <summary>
    /// Classified notes per person and topic in sessions where the person was the teaching side: UPWARD in pairings
    /// where they are the junior, DOWNWARD where the senior, MUTUAL in either (notes by either participant) — the counts
    /// <c>insights.person_topic_notes</c> keeps (migration 0020, by triggers as classifications land; the shortlist's
    /// profiles weigh the same counts), read by person through its key.
    /// </summary>
    private async Task<Dictionary<(long PersonId, string TopicId), int>> ReadNotesAsync(long[] people, string[]? topics, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            SELECT x.person_id, x.topic_id, x.notes
            FROM insights.person_topic_notes x
            WHERE x.person_id = ANY (@people) AND (@topics::text[] IS NULL OR x.topic_id = ANY (@topics))
            """);
        command.Parameters.Add(new NpgsqlParameter("people", NpgsqlDbType.Array | NpgsqlDbType.Bigint) { Value = people });
        command.Parameters.Add(new NpgsqlParameter("topics", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = (object?)topics ?? DBNull.Value });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var counts = new Dictionary<(long PersonId, string TopicId), int>();
        while (await reader.ReadAsync(cancellationToken))
        {
            counts[(reader.GetInt64(0), reader.GetString(1))] = reader.GetInt32(2);
        }

        return counts;
    }
}
