using System.Globalization;
using System.Text.Json.Nodes;
using MentorGraph.Api.Exports;
using MentorGraph.Api.Tests.Insights;
using MentorGraph.Tests.Support;
using Npgsql;

namespace MentorGraph.Api.Tests.Exports;

/// <summary>
/// The topic-trend rows' <c>lessons</c> follow the lessons export's rule (<c>TopicTrendLessons</c>): a shown week row's
/// lessons less the lessons export's shown rows of that topic and week never give one hidden row back; a topic whose week
/// the lessons export shows keeps its number; <c>/exports/topic-trends</c>, <c>topicTrends</c> and
/// <c>analytics.topic_trends</c> show the same — on real PostgreSQL (<see cref="TopicTrendLessonsFixture"/>).
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class TopicTrendLessonsTests(TopicTrendLessonsFixture api) : IClassFixture<TopicTrendLessonsFixture>
{
    private const string Range = "from=2022-12-01&to=2026-12-31";
    private static readonly string Week = TopicTrendLessonsFixture.Week.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public async Task WeekRowsLessons_LessTheLessonsExportsShownRows_NeverGiveOneHiddenRowBack()
    {
        var trends = await CsvAsync($"/exports/topic-trends.csv?{Range}");
        var lessons = (await CsvAsync($"/exports/lessons.csv?{Range}")).ToLookup(r => (r["week_start"], r["topic"]));

        var checkedRows = 0;
        var hiddenLessons = 0;
        foreach (var row in trends.Where(r => r["granularity"] == "WEEK" && r["suppressed"] == "false"))
        {
            var parts = lessons[(row["period_start"], row["topic"])].ToList();
            if (row["lessons"].Length == 0)
            {
                hiddenLessons++;
                continue;
            }

            // The total less the shown rows is the hidden rows' sum: never exactly one hidden row, and nothing when none is hidden.
            var hidden = parts.Count(p => p["suppressed"] == "true");
            Assert.False(hidden == 1, $"{row["period_start"]} {row["topic"]}: lessons {row["lessons"]} less the shown rows gives the one hidden row back.");
            if (hidden == 0)
            {
                Assert.Equal(int.Parse(row["lessons"], CultureInfo.InvariantCulture), parts.Sum(p => int.Parse(p["lessons"], CultureInfo.InvariantCulture)));
            }

            checkedRows++;
        }

        Assert.True(checkedRows > 0, "No shown week row with lessons was checked.");
        Assert.True(hiddenLessons > 0, "No shown week row had its lessons hidden.");
    }

    [Fact]
    public async Task TheAttackedTopicsWeek_ShowsItsNotes_ButNotTheLessonsTotalThatWouldGiveTheHiddenTwoLessonsBack()
    {
        var trend = Assert.Single(await CsvAsync($"/exports/topic-trends.csv?from={Week}&to={Week}"), r => r["topic"] == TopicTrendLessonsFixture.Attacked);
        var parts = (await CsvAsync($"/exports/lessons.csv?from={Week}&to={Week}")).Where(r => r["topic"] == TopicTrendLessonsFixture.Attacked).ToList();
        var tableLessons = (int)(await ScalarAsync(
            $"SELECT lessons FROM insights.topic_trends WHERE granularity = 'WEEK' AND period_start = '{Week}' AND topic_id = '{TopicTrendLessonsFixture.Attacked}'"))!;

        // The case is set up: the lessons export shows one row and hides the 2, and the table's total less the shown row is the 2.
        var shown = api.AttackedLessons - 2;
        Assert.Equal([$"false|{shown}", "true|"], parts.Select(p => $"{p["suppressed"]}|{p["lessons"]}").Order(StringComparer.Ordinal));
        Assert.Equal(2, tableLessons - shown);

        // The trend row is shown (its notes), its lessons are not.
        Assert.Equal(("false", "40", string.Empty), (trend["suppressed"], trend["notes"], trend["lessons"]));
    }

    [Fact]
    public async Task ATopicWhoseWeekTheLessonsExportShows_KeepsItsLessons_AndItsMonthToo()
    {
        var trends = await CsvAsync("/exports/topic-trends.csv?from=2023-02-01&to=2023-02-28");
        var parts = (await CsvAsync($"/exports/lessons.csv?from={Week}&to={Week}")).Where(r => r["topic"] == TopicTrendLessonsFixture.Large).ToList();

        var week = Assert.Single(trends, r => r["granularity"] == "WEEK" && r["topic"] == TopicTrendLessonsFixture.Large);
        var month = Assert.Single(trends, r => r["granularity"] == "MONTH" && r["topic"] == TopicTrendLessonsFixture.Large);
        Assert.All(parts, p => Assert.Equal("false", p["suppressed"]));
        var large = api.LargeLessons.ToString(CultureInfo.InvariantCulture);
        Assert.Equal(("false", large), (week["suppressed"], week["lessons"]));
        Assert.Equal(api.LargeLessons, parts.Sum(p => int.Parse(p["lessons"], CultureInfo.InvariantCulture)));
        Assert.Equal(("false", large), (month["suppressed"], month["lessons"]));
    }

    [Fact]
    public async Task MonthRows_HideTheLessonsOfASmallTopicsComplement_AsTheWeekDoes()
    {
        var trends = await CsvAsync("/exports/topic-trends.csv?from=2023-02-01&to=2023-02-28");

        // The month holds only the week's lessons: the small topic (2 lessons, 2 people) is small, the attacked topic is the
        // smallest other topic — its month row is shown for its notes, without lessons.
        var month = Assert.Single(trends, r => r["granularity"] == "MONTH" && r["topic"] == TopicTrendLessonsFixture.Attacked);
        Assert.Equal(("false", "40", string.Empty), (month["suppressed"], month["notes"], month["lessons"]));
        Assert.Equal("true", Assert.Single(trends, r => r["granularity"] == "MONTH" && r["topic"] == TopicTrendLessonsFixture.Small)["suppressed"]);
    }

    [Fact]
    public async Task TheExportTopicTrendsAndTheView_ShowTheSameRows_LessonsIncluded()
    {
        var export = (await CsvAsync("/exports/topic-trends.csv?from=2023-01-01&to=2023-03-31")).Select(r => string.Join('|', r.Values)).ToList();
        var graphql = new List<string>();
        string? after = null;
        do
        {
            var page = (await GraphQLPost.RunAsync(api.Host, """
                query($after: String) {
                  topicTrends(first: 50, after: $after, where: { periodStart: { gte: "2023-01-01", lte: "2023-03-31" } }) {
                    pageInfo { hasNextPage endCursor }
                    nodes { granularity periodStart topic { id } suppressed notes share upward downward mutual lessons people }
                  }
                }
                """, api.Token("ANALYST"), new { after })).Ok()["topicTrends"]!;
            graphql.AddRange(page["nodes"]!.AsArray().Select(n => string.Join('|', Text(n!["granularity"]), Text(n["periodStart"]), TopicName(n), Text(n["suppressed"]),
                Text(n["notes"]), Text(n["share"]), Text(n["upward"]), Text(n["downward"]), Text(n["mutual"]), Text(n["lessons"]), Text(n["people"]))));
            after = (bool)page["pageInfo"]!["hasNextPage"]! ? (string)page["pageInfo"]!["endCursor"]! : null;
        }
        while (after is not null);

        var view = new List<string>();
        await using (var dataSource = NpgsqlDataSource.Create(api.ConnectionString))
        await using (var command = dataSource.CreateCommand("""
            SELECT concat_ws('|', granularity, period_start::text, topic, suppressed::text, coalesce(notes::text, ''), coalesce(share::text, ''),
                             coalesce(upward::text, ''), coalesce(downward::text, ''), coalesce(mutual::text, ''), coalesce(lessons::text, ''), coalesce(people::text, ''))
            FROM analytics.topic_trends WHERE period_start BETWEEN '2023-01-01' AND '2023-03-31'
            ORDER BY granularity DESC, period_start, topic
            """))
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                view.Add(reader.GetString(0));
            }
        }

        Assert.Contains(export, line => line.StartsWith($"WEEK|{Week}|{TopicTrendLessonsFixture.Attacked}|false|40|", StringComparison.Ordinal) && line.Split('|')[9].Length == 0);
        Assert.Equal(export.Order(StringComparer.Ordinal), graphql.Order(StringComparer.Ordinal));
        Assert.Equal(export.Order(StringComparer.Ordinal), view.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task ALessonsChange_RepublishesTheTrendRowsOfItsWeek_WithoutWaitingForTheTrendRefresh()
    {
        await using var dataSource = NpgsqlDataSource.Create(api.ConnectionString);
        var publication = new AnalyticsPublication(dataSource);
        const string Shown = "SELECT lessons FROM analytics.topic_trends WHERE granularity = 'WEEK' AND period_start = '2023-02-06' AND topic = 'CAREER_GROWTH'";
        var before = await ScalarAsync(Shown);

        // The small topic's lessons move out of the month: the attacked topic is no longer anyone's complement. Published
        // with no trend refresh, its week row is decided on the new lessons already.
        await ScalarAsync("UPDATE lessons SET created_at = created_at - interval '10 weeks' WHERE topic_id = 'WORKPLACE_CULTURE' AND created_at >= '2023-02-06' AND created_at < '2023-02-13'");
        object? after;
        try
        {
            await publication.PublishAsync("UTC", 5, full: false, default);
            after = await ScalarAsync(Shown);
        }
        finally
        {
            await ScalarAsync("UPDATE lessons SET created_at = created_at + interval '10 weeks' WHERE topic_id = 'WORKPLACE_CULTURE' AND created_at >= '2022-11-28' AND created_at < '2022-12-05'");
            await InsightRollups.RefreshAsync(dataSource);
        }

        Assert.Null(before);
        Assert.Equal(api.AttackedLessons, after);
        Assert.Null(await ScalarAsync(Shown));
    }

    private static string TopicName(JsonNode node) => (string)node["topic"]!["id"]!;

    private static string Text(JsonNode? value) => value switch
    {
        null => string.Empty,
        JsonValue v when v.TryGetValue<bool>(out var b) => b ? "true" : "false",
        JsonValue v when v.TryGetValue<double>(out var d) && d % 1 != 0 => d.ToString("R", CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    private async Task<List<Dictionary<string, string>>> CsvAsync(string pathAndQuery) =>
        (await api.Host.GetAsync(pathAndQuery, api.Token("ANALYST"))).CsvRows();

    private async Task<object?> ScalarAsync(string sql)
    {
        await using var dataSource = NpgsqlDataSource.Create(api.ConnectionString);
        await using var command = dataSource.CreateCommand(sql);
        var value = await command.ExecuteScalarAsync();
        return value is DBNull ? null : value;
    }
}
