using MentorGraph.Api.Auth;
using MentorGraph.Api.Seed;
using MentorGraph.Api.Tests.Domain;
using MentorGraph.Api.Tests.Hosting;
using MentorGraph.Api.Tests.Insights;
using MentorGraph.Api.Tests.Seed;
using MentorGraph.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace MentorGraph.Api.Tests.Exports;

/// <summary>
/// A class fixture for the topic-trend rows' lessons column: a small labelled organisation (about 600 sessions) and, in the
/// week of <see cref="Week"/> (nothing else happens in February 2023), the case where the topic-trend row would give a hidden
/// lessons row back:
/// <list type="bullet">
/// <item><see cref="Small"/>: 2 lessons of one pairing (2 people) — small in the lessons export, and lessons only;</item>
/// <item><see cref="Attacked"/>: 40 labelled notes (its topic-trend row is shown), 3 lessons per pairing of one direction and
/// department with at least 6 people, and 2 lessons (one pairing) in the other direction and another department. The lessons
/// export hides the topic's week total as the complement of <see cref="Small"/>, hides the 2 lessons' row as small, and
/// shows the other: the trend row's total less that row would be the 2;</item>
/// <item><see cref="Complement"/>: 15 labelled notes, no lessons — the trend rows' complement of <see cref="Small"/>;</item>
/// <item><see cref="Large"/>: 6 lessons per pairing of both cells — shown everywhere.</item>
/// </list>
/// The rollups and the analytics publication are brought up to date (k = 5), and the host of <c>serve</c> runs over it.
/// </summary>
public sealed class TopicTrendLessonsFixture(PostgresServerFixture server) : IAsyncLifetime
{
    public static readonly DateOnly Week = new(2023, 2, 6);

    public const string Small = "WORKPLACE_CULTURE";

    public const string Attacked = "CAREER_GROWTH";

    public const string Complement = "COMMUNICATION";

    public const string Large = "DATA_ANALYTICS";

    private TestDatabase? _database;
    private ApiTestHost? _host;

    public string ConnectionString => _database?.ConnectionString ?? throw new InvalidOperationException("Not initialized.");

    public ApiTestHost Host => _host ?? throw new InvalidOperationException("Not initialized.");

    /// <summary>The attacked topic's lessons in the week: 3 per pairing of one cell (shown by the lessons export), and the hidden 2.</summary>
    public int AttackedLessons { get; private set; }

    /// <summary>The large topic's lessons in the week (6 per pairing of both cells).</summary>
    public int LargeLessons { get; private set; }

    public async Task InitializeAsync()
    {
        _database = await SeedDatabase.CreateMigratedAsync(server);
        await SeedRunner.RunAsync(_database.ConnectionString, new SeedOptions(7, GeneratedSeed.Today, 600, null, SeedOptions.DefaultRisingTopics) { Labels = true }, SeedMode.Refuse);
        await using (var dataSource = NpgsqlDataSource.Create(_database.ConnectionString))
        {
            // Two cells of the seed's lessons (direction × teacher's department) differing in both, each with at least 5
            // distinct people over its pairings; one lesson per pairing.
            await using (var lessons = dataSource.CreateCommand("""
                CREATE TEMPORARY TABLE picked AS
                WITH one_per_pairing AS (
                    SELECT DISTINCT ON (l.pairing_id) l.*, t.department_id
                    FROM lessons l JOIN people t ON t.id = l.teacher_id
                    WHERE l.topic_id IS NOT NULL AND t.department_id IS NOT NULL
                    ORDER BY l.pairing_id, l.id
                ), cells AS (
                    SELECT * FROM (
                        SELECT direction, department_id, count(*) AS pairings,
                               (SELECT count(DISTINCT p) FROM unnest(array_agg(teacher_id) || array_agg(learner_id)) AS p) AS people
                        FROM one_per_pairing GROUP BY 1, 2
                    ) c WHERE people >= 6
                ), pair AS (
                    SELECT a.direction AS a_direction, a.department_id AS a_department, b.direction AS b_direction, b.department_id AS b_department
                    FROM cells a JOIN cells b ON b.direction <> a.direction AND b.department_id <> a.department_id
                    ORDER BY a.people + b.people DESC, a.department_id, b.department_id
                    LIMIT 1
                )
                SELECT 'a' AS cell, o.* FROM one_per_pairing o, pair WHERE (o.direction, o.department_id) = (pair.a_direction, pair.a_department)
                UNION ALL
                SELECT 'b', o.* FROM one_per_pairing o, pair WHERE (o.direction, o.department_id) = (pair.b_direction, pair.b_department);

                INSERT INTO lessons (pairing_id, teacher_id, learner_id, title, topic_id, topic_source, direction, visibility, created_at, updated_at)
                SELECT p.pairing_id, p.teacher_id, p.learner_id, 'Copied for the topic-trend lessons tests', c.topic, p.topic_source, p.direction, p.visibility,
                       timestamptz '2023-02-07 12:00:00+00', timestamptz '2023-02-07 12:00:00+00'
                FROM picked p
                JOIN (VALUES ('a', 'CAREER_GROWTH', 3), ('a', 'DATA_ANALYTICS', 6), ('b', 'DATA_ANALYTICS', 6)) AS c(cell, topic, copies) ON c.cell = p.cell
                CROSS JOIN LATERAL generate_series(1, c.copies) AS copies;

                INSERT INTO lessons (pairing_id, teacher_id, learner_id, title, topic_id, topic_source, direction, visibility, created_at, updated_at)
                SELECT p.pairing_id, p.teacher_id, p.learner_id, 'Copied for the topic-trend lessons tests', topic, p.topic_source, p.direction, p.visibility,
                       timestamptz '2023-02-08 12:00:00+00', timestamptz '2023-02-08 12:00:00+00'
                FROM (SELECT * FROM picked WHERE cell = 'b' ORDER BY id LIMIT 1) p
                CROSS JOIN (VALUES ('CAREER_GROWTH'), ('WORKPLACE_CULTURE')) AS t(topic)
                CROSS JOIN generate_series(1, 2) AS copies;
                """))
            {
                await lessons.ExecuteNonQueryAsync();
            }

            await using (var counts = dataSource.CreateCommand("""
                SELECT count(*) FILTER (WHERE topic_id = 'CAREER_GROWTH')::integer, count(*) FILTER (WHERE topic_id = 'DATA_ANALYTICS')::integer
                FROM lessons WHERE created_at >= '2023-02-06' AND created_at < '2023-02-13'
                """))
            await using (var reader = await counts.ExecuteReaderAsync())
            {
                await reader.ReadAsync();
                (AttackedLessons, LargeLessons) = (reader.GetInt32(0), reader.GetInt32(1));
                if (AttackedLessons < 2 + 5)
                {
                    throw new InvalidOperationException($"The seed has no two cells (direction × department) of 6 people differing in both: {AttackedLessons} lessons of the attacked topic.");
                }
            }

            // Notes relabelled by a person (the effective label) and moved into the week: 40 of the attacked topic, 15 of the complement.
            await using (var notes = dataSource.CreateCommand("""
                UPDATE session_notes n
                SET topic_id = CASE WHEN r.place <= 40 THEN 'CAREER_GROWTH' ELSE 'COMMUNICATION' END, direction = 'UPWARD',
                    label_source = 'PERSON', model_version = NULL,
                    created_at = timestamptz '2023-02-06 12:00:00+00' + (n.id % 5) * interval '1 day'
                FROM (SELECT id, row_number() OVER (ORDER BY id DESC) AS place FROM session_notes WHERE topic_id IS NOT NULL ORDER BY id DESC LIMIT 55) r
                WHERE n.id = r.id
                """))
            {
                await notes.ExecuteNonQueryAsync();
            }

            await InsightRollups.RefreshAsync(dataSource);
        }

        _host = await ApiTestHost.StartAsync(
            _database.ConnectionString,
            new Dictionary<string, string?> { ["Database:MigrateOnStart"] = "false", ["RateLimiting:Enabled"] = "false" });
    }

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }

        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    public string Token(params string[] roles) =>
        Host.App.Services.GetRequiredService<TokenIssuer>().Issue($"trend-lessons-{string.Join('-', roles).ToLowerInvariant()}@example.com", roles, TimeSpan.FromMinutes(10));
}
