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
/// A class fixture for filtered exports and the published views: a small labelled organisation (about 600 sessions) and
/// two weeks of copied lessons the seed's weeks are too thin for (every seed row is small):
/// <list type="bullet">
/// <item>the week of <see cref="MixedWeek"/>: a copy of every topical lesson of the seed, 4 times (the seed's rows are too thin) — rows of every size, visible,
/// small and complemented, across programs and departments;</item>
/// <item>the week of <see cref="AttackWeek"/>: one topic, direction and department, taught in two programs — up to 30 lessons (10 copied 3 times)
/// in one (<see cref="BigProgramId"/>) and 2 in the other (<see cref="SmallProgramId"/>): the unfiltered row is large,
/// the small program's part could point at people, and the big program's row is what a subtraction would use.</item>
/// </list>
/// and 150 labelled notes moved into the week of 2023-01-16 and relabelled LEADERSHIP / UPWARD by a person, so some
/// knowledge-flow rows reach k. The rollups and the analytics publication are brought up to date (k = 5), and the host of <c>serve</c> runs over it.
/// </summary>
public sealed class ExportSlicesFixture(PostgresServerFixture server) : IAsyncLifetime
{
    public static readonly DateOnly MixedWeek = new(2023, 1, 9);

    public static readonly DateOnly AttackWeek = new(2023, 1, 2);

    private TestDatabase? _database;
    private ApiTestHost? _host;

    public string ConnectionString => _database?.ConnectionString ?? throw new InvalidOperationException("Not initialized.");

    public ApiTestHost Host => _host ?? throw new InvalidOperationException("Not initialized.");

    public long BigProgramId { get; private set; }

    public long SmallProgramId { get; private set; }

    /// <summary>The lessons copied into <see cref="AttackWeek"/>: up to 10 of the big program's 3 times each, and 2 of the small one's.</summary>
    public int AttackLessons { get; private set; }

    public async Task InitializeAsync()
    {
        _database = await SeedDatabase.CreateMigratedAsync(server);
        await SeedRunner.RunAsync(_database.ConnectionString, new SeedOptions(7, GeneratedSeed.Today, 600, null, SeedOptions.DefaultRisingTopics) { Labels = true }, SeedMode.Refuse);
        await using (var dataSource = NpgsqlDataSource.Create(_database.ConnectionString))
        {
            await using (var mixed = dataSource.CreateCommand("""
                INSERT INTO lessons (pairing_id, teacher_id, learner_id, title, topic_id, topic_source, direction, visibility, created_at, updated_at)
                SELECT pairing_id, teacher_id, learner_id, 'Copied for the slice tests', topic_id, topic_source, direction, visibility,
                       timestamptz '2023-01-09 12:00:00+00' + (id % 5) * interval '1 day', timestamptz '2023-01-09 12:00:00+00'
                FROM lessons CROSS JOIN generate_series(1, 4) AS copies
                WHERE topic_id IS NOT NULL
                """))
            {
                await mixed.ExecuteNonQueryAsync();
            }

            await using (var pick = dataSource.CreateCommand("""
                WITH cells AS (
                    SELECT l.direction, t.department_id, pr.program_id, count(*) AS lessons,
                           count(DISTINCT l.teacher_id) + count(DISTINCT l.learner_id) AS people
                    FROM lessons l JOIN people t ON t.id = l.teacher_id JOIN pairings pr ON pr.id = l.pairing_id
                    WHERE t.department_id IS NOT NULL AND l.topic_id IS NOT NULL AND l.created_at > '2024-01-01'
                    GROUP BY 1, 2, 3
                )
                SELECT a.direction, a.department_id, a.program_id, b.program_id
                FROM cells a JOIN cells b ON (b.direction, b.department_id) = (a.direction, a.department_id) AND b.program_id <> a.program_id
                WHERE a.people >= 6 AND b.lessons >= 2
                ORDER BY a.people DESC, a.lessons DESC, a.program_id, b.program_id
                LIMIT 1
                """))
            await using (var reader = await pick.ExecuteReaderAsync())
            {
                if (!await reader.ReadAsync())
                {
                    throw new InvalidOperationException("The seed has no direction and department taught in two programs.");
                }

                var direction = reader.GetString(0);
                var department = reader.GetInt64(1);
                BigProgramId = reader.GetInt64(2);
                SmallProgramId = reader.GetInt64(3);
                await reader.DisposeAsync();
                await using var copy = dataSource.CreateCommand("""
                    INSERT INTO lessons (pairing_id, teacher_id, learner_id, title, topic_id, topic_source, direction, visibility, created_at, updated_at)
                    SELECT pairing_id, teacher_id, learner_id, 'Copied for the subtraction test', 'LEADERSHIP', topic_source, direction, visibility,
                           timestamptz '2023-01-03 12:00:00+00', timestamptz '2023-01-03 12:00:00+00'
                    FROM (
                        SELECT big.* FROM (
                            SELECT l.* FROM lessons l JOIN people t ON t.id = l.teacher_id JOIN pairings pr ON pr.id = l.pairing_id
                            WHERE l.direction = @direction AND t.department_id = @department AND pr.program_id = @big AND l.topic_id IS NOT NULL AND l.created_at > '2024-01-01'
                            ORDER BY l.id LIMIT 10
                        ) big CROSS JOIN generate_series(1, 3) AS copies
                        UNION ALL
                        (SELECT l.* FROM lessons l JOIN people t ON t.id = l.teacher_id JOIN pairings pr ON pr.id = l.pairing_id
                         WHERE l.direction = @direction AND t.department_id = @department AND pr.program_id = @small AND l.topic_id IS NOT NULL AND l.created_at > '2024-01-01'
                         ORDER BY l.id LIMIT 2)
                    ) picked
                    """);
                copy.Parameters.AddWithValue("direction", direction);
                copy.Parameters.AddWithValue("department", department);
                copy.Parameters.AddWithValue("big", BigProgramId);
                copy.Parameters.AddWithValue("small", SmallProgramId);
                AttackLessons = await copy.ExecuteNonQueryAsync();
            }

            // The seed's notes are too thin per week, topic, direction and department for a row of k authors: 150 labelled
            // notes are moved into the week of 2023-01-16 and relabelled LEADERSHIP / UPWARD by a person (a person's label is
            // the effective one).
            await using (var relabel = dataSource.CreateCommand("""
                UPDATE session_notes
                SET topic_id = 'LEADERSHIP', direction = 'UPWARD', label_source = 'PERSON', model_version = NULL,
                    created_at = timestamptz '2023-01-16 12:00:00+00' + (id % 5) * interval '1 day'
                WHERE id IN (SELECT id FROM session_notes WHERE topic_id IS NOT NULL ORDER BY id LIMIT 150)
                """))
            {
                await relabel.ExecuteNonQueryAsync();
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
        Host.App.Services.GetRequiredService<TokenIssuer>().Issue($"slices-{string.Join('-', roles).ToLowerInvariant()}@example.com", roles, TimeSpan.FromMinutes(10));
}
