using System.Text.Json.Nodes;
using MentorGraph.Api.Tests.Exports;
using MentorGraph.Tests.Support;

namespace MentorGraph.Api.Tests.Insights;

/// <summary>
/// <c>topicTrends</c> over GraphQL on the labelled demo seed: page by page, its rows equal <c>/exports/topic-trends.csv</c>'s
/// for the same range (suppressed rows included, read with a real CSV reader); a filter never changes what is suppressed;
/// paging by notes visits every row once; who may ask.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class TopicTrendsConnectionTests(InsightsApiFixture api) : IClassFixture<InsightsApiFixture>
{
    private const string Query = """
        query($first: Int, $after: String, $where: TopicTrendFilterInput, $order: [TopicTrendSortInput!]) {
          topicTrends(first: $first, after: $after, where: $where, order: $order) {
            totalCount
            pageInfo { hasNextPage endCursor }
            nodes { topic { id } granularity periodStart suppressed notes share upward downward mutual lessons people }
          }
        }
        """;

    private static readonly string[] Numbers = ["notes", "share", "upward", "downward", "mutual", "lessons", "people"];

    /// <summary>Every row the filter and order give, reading pages of 50.</summary>
    private async Task<List<JsonNode>> AllRowsAsync(object? where = null, object? order = null)
    {
        var rows = new List<JsonNode>();
        string? after = null;
        while (true)
        {
            var page = (await api.RunAsync(Query, api.Token("ANALYST"), new { first = 50, after, where, order })).Ok()["topicTrends"]!;
            rows.AddRange(page["nodes"]!.AsArray().Select(n => n!));
            if (!(bool)page["pageInfo"]!["hasNextPage"]!)
            {
                Assert.Equal((int)page["totalCount"]!, rows.Count);
                return rows;
            }

            after = (string)page["pageInfo"]!["endCursor"]!;
        }
    }

    private static string Text(JsonNode? value) => value switch
    {
        null => string.Empty,
        JsonValue v when v.TryGetValue<bool>(out var b) => b ? "true" : "false",
        JsonValue v when v.TryGetValue<double>(out var d) && d % 1 != 0 => d.ToString("R", System.Globalization.CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    [Fact]
    public async Task Rows_EqualTheExportsRows_ForTheSameRange_InTheSameOrder()
    {
        var rows = await AllRowsAsync(new { periodStart = new { gte = "2025-06-18", lte = "2026-06-17" } });
        var export = (await api.GetAsync("/exports/topic-trends.csv?from=2025-06-18&to=2026-06-17", api.Token("ANALYST"))).CsvRows();

        Assert.Equal(export.Count, rows.Count);
        Assert.Contains(rows, r => (bool)r["suppressed"]!);
        Assert.Contains(rows, r => !(bool)r["suppressed"]!);
        // Weeks then months, by period — the export's order; within a period compare by topic.
        Assert.Equal(
            export.Select(e => (e["granularity"], e["period_start"])),
            rows.Select(r => ((string)r["granularity"]!, (string)r["periodStart"]!)));
        var byKey = export.ToDictionary(e => (e["granularity"], e["period_start"], e["topic"]));
        foreach (var row in rows)
        {
            var line = byKey[((string)row["granularity"]!, (string)row["periodStart"]!, (string)row["topic"]!["id"]!)];
            Assert.Equal(line["suppressed"], Text(row["suppressed"]));
            foreach (var column in Numbers)
            {
                if (column == "share")
                {
                    Assert.Equal(line[column] == string.Empty ? null : double.Parse(line[column], System.Globalization.CultureInfo.InvariantCulture), (double?)row[column]);
                }
                else
                {
                    Assert.Equal(line[column], Text(row[column]));
                }
            }
        }
    }

    [Fact]
    public async Task FilterOnATopic_ChangesNoSuppression()
    {
        var all = await AllRowsAsync(new { granularity = new { eq = "WEEK" } });
        var one = await AllRowsAsync(new { topic = new { eq = "EMERGING_TECH" }, granularity = new { eq = "WEEK" } });

        Assert.NotEmpty(one);
        Assert.All(one, r => Assert.Equal("EMERGING_TECH", (string)r["topic"]!["id"]!));
        var inAll = all.Where(r => (string)r["topic"]!["id"]! == "EMERGING_TECH").ToList();
        Assert.Equal(inAll.Select(r => r.ToJsonString()), one.Select(r => r.ToJsonString()));
    }

    [Fact]
    public async Task OrderByNotesDescending_PagesVisitEveryRowOnce_SuppressedRowsFirst()
    {
        var where = new { granularity = new { eq = "MONTH" } };
        var ordered = await AllRowsAsync(where, new object[] { new { notes = "DESC" } });
        var plain = await AllRowsAsync(where);

        Assert.Equal(plain.Count, ordered.Count);
        Assert.Equal(
            plain.Select(r => ((string)r["periodStart"]!, (string)r["topic"]!["id"]!)).Order(),
            ordered.Select(r => ((string)r["periodStart"]!, (string)r["topic"]!["id"]!)).Order());
        // Suppressed rows sort as if their notes were greatest (as nulls do): first when descending.
        var firstShown = ordered.FindIndex(r => !(bool)r["suppressed"]!);
        Assert.All(ordered.Skip(firstShown), r => Assert.False((bool)r["suppressed"]!));
        var notes = ordered.Skip(firstShown).Select(r => (int)r["notes"]!).ToList();
        Assert.Equal(notes.OrderDescending(), notes);
    }

    [Fact]
    public async Task Member_IsForbidden()
    {
        var response = await api.RunAsync(Query, api.Token(), new { first = 5 });

        Assert.Equal(["FORBIDDEN"], response.Codes);
    }
}
