using System.Text.Json.Nodes;
using MentorGraph.Api.Schema.Nodes;
using MentorGraph.Api.Tests.Insights;
using MentorGraph.Api.Tests.Seed;
using MentorGraph.Tests.Support;
using Npgsql;

namespace MentorGraph.Api.Tests.Teachers;

/// <summary>
/// <c>teachersFor</c> over GraphQL on the labelled demo seed: the ranking equals a direct SQL count of lessons per
/// teacher, the threshold (<c>Teachers:MinimumLessons</c>, 3) holds, directions filter, the notes evidence equals a direct
/// count, and only EXECUTIVE, ANALYST and ADMIN may ask.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class TeachersForApiTests(InsightsApiFixture api) : IClassFixture<InsightsApiFixture>
{
    private const string Query = """
        query($topic: TopicId!, $direction: LearningDirection, $first: Int) {
          teachersFor(topic: $topic, direction: $direction, first: $first) {
            person { id name email band active } lessonsTaught upward downward mutual classifiedNotes
          }
        }
        """;

    private async Task<JsonArray> TeachersAsync(string topic, string? direction = null, int first = 10, string role = "EXECUTIVE") =>
        (await api.RunAsync(Query, api.Token(role), new { topic, direction, first })).Ok()["teachersFor"]!.AsArray();

    /// <summary>(teacher id, lessons) of active teachers with at least <paramref name="minimum"/> lessons, most first, then by id.</summary>
    private async Task<List<(long Id, int Lessons)>> DirectAsync(string topic, string? direction, int minimum, int limit)
    {
        await using var connection = new NpgsqlConnection(api.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"""
            SELECT l.teacher_id, count(*)::integer FROM lessons l JOIN people p ON p.id = l.teacher_id
            WHERE p.active AND l.topic_id = '{topic}' {(direction is null ? "" : $"AND l.direction = '{direction}'")}
            GROUP BY l.teacher_id HAVING count(*) >= {minimum} ORDER BY 2 DESC, 1 LIMIT {limit}
            """, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<(long, int)>();
        while (await reader.ReadAsync())
        {
            rows.Add((reader.GetInt64(0), reader.GetInt32(1)));
        }

        return rows;
    }

    private static long PersonKey(JsonNode teacher) =>
        GlobalId.TryDecode((string)teacher["person"]!["id"]!, NodeTypes.Person, out var key) ? key : throw new InvalidOperationException("Not a person id.");

    [Theory]
    [InlineData("SOCIAL_MEDIA")]
    [InlineData("BUSINESS_FUNDAMENTALS")]
    public async Task Ranking_EqualsADirectCountOfLessonsPerTeacher(string topic)
    {
        var teachers = await TeachersAsync(topic, first: 25);
        var direct = await DirectAsync(topic, null, 3, 25);

        Assert.NotEmpty(direct);
        Assert.Equal(direct, [.. teachers.Select(t => (PersonKey(t!), (int)t!["lessonsTaught"]!))]);
        Assert.All(teachers, t => Assert.Equal((int)t!["lessonsTaught"]!, (int)t["upward"]! + (int)t["downward"]!));
        Assert.All(teachers, t => Assert.Equal(0, (int)t!["mutual"]!));
    }

    [Fact]
    public async Task Threshold_NobodyBelowThreeLessons_AndEveryoneAtThreeOrMoreListed()
    {
        var teachers = await TeachersAsync("SOCIAL_MEDIA", first: 100);
        var atLeastThree = await DirectAsync("SOCIAL_MEDIA", null, 3, 1000);
        var withFewer = await DirectAsync("SOCIAL_MEDIA", null, 1, 1000);

        Assert.All(teachers, t => Assert.True((int)t!["lessonsTaught"]! >= 3));
        Assert.Equal(Math.Min(100, atLeastThree.Count), teachers.Count);
        Assert.True(withFewer.Count > atLeastThree.Count, "the seed should have teachers with one or two lessons, so that the threshold is tested");
    }

    [Fact]
    public async Task Direction_CountsOnlyLessonsTaughtThatWay()
    {
        var upward = await TeachersAsync("SOCIAL_MEDIA", "UPWARD", 10);

        Assert.Equal(await DirectAsync("SOCIAL_MEDIA", "UPWARD", 3, 10), [.. upward.Select(t => (PersonKey(t!), (int)t!["lessonsTaught"]!))]);
        Assert.All(upward, t => Assert.Equal((int)t!["lessonsTaught"]!, (int)t["upward"]!));
        Assert.All(upward, t => Assert.Equal(0, (int)t!["downward"]!));
    }

    [Fact]
    public async Task ClassifiedNotes_EqualADirectCountOfNotesInTheTeachersDirection()
    {
        var top = (await TeachersAsync("SOCIAL_MEDIA", first: 3))[0]!;
        var id = PersonKey(top);

        var direct = await SeedDatabase.CountAsync(api.ConnectionString, $"""
            SELECT count(*) FROM session_notes n JOIN sessions s ON s.id = n.session_id JOIN pairings pa ON pa.id = s.pairing_id
            WHERE n.topic_id = 'SOCIAL_MEDIA'
              AND ((pa.junior_id = {id} AND n.direction IN ('UPWARD', 'MUTUAL')) OR (pa.senior_id = {id} AND n.direction IN ('DOWNWARD', 'MUTUAL')))
            """);
        Assert.Equal(direct, (long)top["classifiedNotes"]!);
    }

    [Fact]
    public async Task Person_IsDirectoryInformationOnly_NoEmailForAnExecutive()
    {
        var teachers = await TeachersAsync("SOCIAL_MEDIA", first: 5);

        Assert.All(teachers, t => Assert.Null(t!["person"]!["email"]));
        Assert.All(teachers, t => Assert.True((bool)t!["person"]!["active"]!));
    }

    [Theory]
    [InlineData("ANALYST")]
    [InlineData("ADMIN")]
    public async Task AnalystAndAdmin_MayAsk(string role)
    {
        Assert.NotEmpty(await TeachersAsync("SOCIAL_MEDIA", role: role));
    }

    [Fact]
    public async Task Member_IsForbidden()
    {
        var response = await api.RunAsync(Query, api.Token(), new { topic = "SOCIAL_MEDIA", first = 5 });

        Assert.Equal(["FORBIDDEN"], response.Codes);
        Assert.Null(response.Data);
    }

    [Fact]
    public async Task MutualDirection_IsABadUserInput()
    {
        var response = await api.RunAsync(Query, api.Token("ANALYST"), new { topic = "SOCIAL_MEDIA", direction = "MUTUAL" });

        Assert.Equal(["BAD_USER_INPUT"], response.Codes);
        Assert.Contains("UPWARD or DOWNWARD", (string)response.Errors[0]!["message"]!);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(101)]
    public async Task First_OutsideOneToTheLimit_IsABadUserInput(int first)
    {
        var response = await api.RunAsync(Query, api.Token("ANALYST"), new { topic = "SOCIAL_MEDIA", first });

        Assert.Equal(["BAD_USER_INPUT"], response.Codes);
    }
}
