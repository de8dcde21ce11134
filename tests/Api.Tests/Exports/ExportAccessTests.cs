using MentorGraph.Api.Exports;
using MentorGraph.Api.Schema.Nodes;
using MentorGraph.Api.Tests.Insights;
using MentorGraph.Tests.Support;

namespace MentorGraph.Api.Tests.Exports;

/// <summary>
/// Who may export (the bearer token is checked before the parameters), the media types, and the 400 answers to bad
/// parameters — each with a JSON body and a code.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class ExportAccessTests(InsightsApiFixture api) : IClassFixture<InsightsApiFixture>
{
    public static TheoryData<string> Paths => new() { "/exports/topic-trends.csv", "/exports/topic-trends.jsonl", "/exports/lessons.csv", "/exports/lessons.jsonl" };

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task NoToken_Is401_WithBearerChallengeAndCode(string path)
    {
        var response = await api.GetAsync(path + "?from=not-a-date", token: null);

        Assert.Equal(401, response.Status);
        Assert.Equal("UNAUTHENTICATED", (string)response.ErrorBody()["code"]!);
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task InvalidToken_Is401(string path)
    {
        var response = await api.GetAsync(path, token: "not.a.token");

        Assert.Equal(401, response.Status);
        Assert.Equal("UNAUTHENTICATED", (string)response.ErrorBody()["code"]!);
    }

    [Theory]
    [InlineData("/exports/topic-trends.csv")]
    [InlineData("/exports/topic-trends.jsonl")]
    [InlineData("/exports/lessons.csv")]
    [InlineData("/exports/lessons.jsonl")]
    public async Task MemberAndExecutive_Are403_BeforeTheParametersAreRead(string path)
    {
        var member = await api.GetAsync(path + "?from=not-a-date", api.Token());
        var executive = await api.GetAsync(path + "?from=not-a-date", api.Token("EXECUTIVE"));

        Assert.Equal((403, "FORBIDDEN"), (member.Status, (string)member.ErrorBody()["code"]!));
        Assert.Equal((403, "FORBIDDEN"), (executive.Status, (string)executive.ErrorBody()["code"]!));
    }

    [Theory]
    [InlineData("/exports/topic-trends.csv", "ANALYST", "text/csv; charset=utf-8")]
    [InlineData("/exports/topic-trends.jsonl", "ADMIN", "application/x-ndjson")]
    [InlineData("/exports/lessons.csv", "ADMIN", "text/csv; charset=utf-8")]
    [InlineData("/exports/lessons.jsonl", "ANALYST", "application/x-ndjson")]
    public async Task AnalystAndAdmin_Get200_WithTheMediaType(string path, string role, string contentType)
    {
        var response = await api.GetAsync(path, api.Token(role));

        Assert.Equal(200, response.Status);
        Assert.Equal(contentType, response.ContentType);
    }

    [Theory]
    [InlineData("/exports/lessons.csv?from=2026-13-01", "BAD_DATE", "from")]
    [InlineData("/exports/lessons.csv?to=yesterday", "BAD_DATE", "to")]
    [InlineData("/exports/lessons.csv?from=2026-06-02&to=2026-06-01", "BAD_PERIOD", "from")]
    [InlineData("/exports/lessons.csv?from=1990-01-01&to=2026-06-01", "BAD_PERIOD", "from")]
    [InlineData("/exports/lessons.csv?programId=42", "BAD_ID", "programId")]
    [InlineData("/exports/lessons.jsonl?departmentId=UHJvZ3JhbTox", "BAD_ID", "departmentId")]
    [InlineData("/exports/lessons.csv?limit=10", "UNKNOWN_PARAMETER", "limit")]
    [InlineData("/exports/lessons.csv?from=2026-01-01&from=2026-02-01", "REPEATED_PARAMETER", "from")]
    public async Task BadParameter_Is400_WithCodeAndParameter(string pathAndQuery, string code, string parameter)
    {
        var response = await api.GetAsync(pathAndQuery, api.Token("ANALYST"));

        Assert.Equal(400, response.Status);
        Assert.StartsWith("application/json", response.ContentType);
        var error = response.ErrorBody();
        Assert.Equal(code, (string)error["code"]!);
        Assert.Equal(parameter, (string)error["parameter"]!);
        Assert.False(string.IsNullOrWhiteSpace((string)error["message"]!));
    }

    [Theory]
    [InlineData("programId", NodeTypes.Program)]
    [InlineData("departmentId", NodeTypes.Department)]
    public async Task TopicTrendsWithAFilter_Is200_WithTheDocumentedColumns(string parameter, string nodeType)
    {
        var response = await api.GetAsync($"/exports/topic-trends.csv?{parameter}={Uri.EscapeDataString(GlobalId.Encode(nodeType, 1))}", api.Token("ANALYST"));

        Assert.Equal(200, response.Status);
        Assert.Equal("text/csv; charset=utf-8", response.ContentType);
        var header = System.Text.Encoding.UTF8.GetString(response.Body).Split("\r\n")[0].TrimStart('\uFEFF');
        Assert.Equal(string.Join(',', TopicTrendsExport.Columns.Select(c => c.Name)), header);
    }

    [Theory]
    [InlineData("/exports/topic-trends.csv")]
    [InlineData("/exports/topic-trends.jsonl")]
    public async Task DatabaseFailureBeforeTheFirstRow_Is503_WithAJsonErrorAndNoCsvAfterIt(string path)
    {
        await ExecuteAsync("ALTER TABLE insights.topic_trends RENAME TO topic_trends_away");
        try
        {
            var response = await api.GetAsync(path, api.Token("ANALYST"));

            Assert.Equal(503, response.Status);
            Assert.StartsWith("application/json", response.ContentType);
            Assert.Equal("EXPORT_FAILED", (string)response.ErrorBody()["code"]!);
        }
        finally
        {
            await ExecuteAsync("ALTER TABLE insights.topic_trends_away RENAME TO topic_trends");
        }
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var dataSource = Npgsql.NpgsqlDataSource.Create(api.ConnectionString);
        await using var command = dataSource.CreateCommand(sql);
        await command.ExecuteNonQueryAsync();
    }
}
