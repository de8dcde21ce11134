using System.Text.Json;
using static MentorGraph.Api.Tests.Cli.ClassifierCommandFixture;

namespace MentorGraph.Api.Tests.Cli;

public class ClassifyCommandTests(ClassifierCommandFixture fixture) : IClassFixture<ClassifierCommandFixture>
{
    private static JsonElement[] Lines(string output) =>
        output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToArray();

    [Fact]
    public async Task Classify_Stdin_WritesOneResultPerRecordInOrder()
    {
        var input = string.Join('\n', Record("n1", "I showed Tom Instagram reels and TikTok followers."), Record("n2", "Tom explained the budget and pricing to me."));

        var (code, output, error) = await RunWithInput(input, "classify", "--model", fixture.ModelPath);

        Assert.Equal(0, code);
        var lines = Lines(output);
        Assert.Equal(["n1", "n2"], lines.Select(l => l.GetProperty("id").GetString()));
        var first = lines[0];
        Assert.Equal(["id", "topic", "topicConfidence", "topics", "direction", "directionConfidence", "needsReview", "evidence"],
            first.EnumerateObject().Select(p => p.Name));
        Assert.Contains(first.GetProperty("direction").GetString(), new[] { "UPWARD", "DOWNWARD", "MUTUAL" });
        Assert.Equal(first.GetProperty("topic").GetString(), first.GetProperty("topics")[0].GetProperty("topic").GetString());
        Assert.Contains("classified 2, rejected 0", error);
    }

    [Fact]
    public async Task Classify_InvalidRecords_GiveErrorLinesAndTheBatchGoesOn()
    {
        var input = string.Join('\n',
            Record("ok1", "I showed Tom the dashboard."),
            """{"id":"bad-role","text":"Hello","authorRole":"CEO"}""",
            """{"id":"no-text","authorRole":"SENIOR"}""",
            "{broken json",
            Record("ok2", "Tom showed me the budget."));

        var (code, output, error) = await RunWithInput(input, "classify", "--model", fixture.ModelPath);

        Assert.Equal(1, code);
        var lines = Lines(output);
        Assert.Equal(5, lines.Length);
        Assert.Equal("ok1", lines[0].GetProperty("id").GetString());
        Assert.Equal("INVALID_VALUE", lines[1].GetProperty("error").GetProperty("code").GetString());
        Assert.Equal("bad-role", lines[1].GetProperty("id").GetString());
        Assert.Equal("EMPTY", lines[2].GetProperty("error").GetProperty("code").GetString());
        Assert.Equal("INVALID_JSON", lines[3].GetProperty("error").GetProperty("code").GetString());
        Assert.Equal(JsonValueKind.Null, lines[3].GetProperty("id").ValueKind);
        Assert.Equal("ok2", lines[4].GetProperty("id").GetString());
        Assert.Contains("classified 2, rejected 3", error);
    }

    [Fact]
    public async Task Classify_TextOverConfiguredLimit_IsRejected()
    {
        var (code, output, _) = await RunWithInput(Record("long", "This note is longer than twenty characters."), "classify", "--model", fixture.ModelPath, "--max-text-length", "20");

        Assert.Equal(1, code);
        var error = Lines(output)[0].GetProperty("error");
        Assert.Equal("TOO_LONG", error.GetProperty("code").GetString());
        Assert.Contains("20", error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Classify_FileArgument_ReadsTheFile()
    {
        var path = Path.Combine(fixture.Directory, "input.jsonl");
        await File.WriteAllTextAsync(path, Record("f1", "I showed Tom Slack shortcuts and Outlook rules.") + "\n");

        var (code, output, _) = await RunWithInput("this stdin must be ignored", "classify", path, "--model", fixture.ModelPath);

        Assert.Equal(0, code);
        Assert.Equal("f1", Lines(output).Single().GetProperty("id").GetString());
    }

    [Fact]
    public async Task Classify_EvidenceAndThresholdOptions_AreApplied()
    {
        var input = Record("e1", "I showed Tom Instagram reels and TikTok followers.");

        var (_, output, _) = await RunWithInput(input, "classify", "--model", fixture.ModelPath, "--evidence", "0", "--secondary-threshold", "0", "--topic-review-threshold", "1");

        var line = Lines(output)[0];
        Assert.Equal(0, line.GetProperty("evidence").GetArrayLength());
        Assert.Equal(12, line.GetProperty("topics").GetArrayLength());
        Assert.True(line.GetProperty("needsReview").GetBoolean());
    }

    [Fact]
    public async Task Classify_BadOptionValue_IsUsageError()
    {
        var (code, _, error) = await Run("classify", "--secondary-threshold", "2");
        Assert.Equal(2, code);
        Assert.Contains("--secondary-threshold", error);

        (code, _, error) = await Run("classify", "--frobnicate");
        Assert.Equal(2, code);
        Assert.Contains("Unrecognized command or argument '--frobnicate'", error);
    }

    [Fact]
    public async Task Classify_MissingFileOrDamagedModel_FailsWithMessage()
    {
        var (code, _, error) = await Run("classify", Path.Combine(fixture.Directory, "absent.jsonl"), "--model", fixture.ModelPath);
        Assert.Equal(1, code);
        Assert.Contains("Cannot read", error);

        var damaged = Path.Combine(fixture.Directory, "damaged.zip");
        var bytes = await File.ReadAllBytesAsync(fixture.ModelPath);
        bytes[100] ^= 1;
        await File.WriteAllBytesAsync(damaged, bytes);
        (code, _, error) = await RunWithInput(Record("x", "text"), "classify", "--model", damaged);
        Assert.Equal(1, code);
        Assert.Contains("damaged", error);
    }

    [Fact]
    public async Task Classify_WithoutModel_UsesTheBuiltInModel()
    {
        var (code, output, _) = await RunWithInput(Record("d1", "Maya showed me how Instagram reels and TikTok followers work.", "SENIOR"), "classify");

        Assert.Equal(0, code);
        var line = Lines(output).Single();
        Assert.Equal("social-media", line.GetProperty("topic").GetString());
        Assert.Equal("UPWARD", line.GetProperty("direction").GetString());
    }

    [Fact]
    public async Task Help_ListsTheClassifierCommands()
    {
        var (code, output, _) = await Run("help");
        Assert.Equal(0, code);
        Assert.Contains("classify", output);
        Assert.Contains("train", output);
        Assert.Contains("evaluate", output);
    }
}
