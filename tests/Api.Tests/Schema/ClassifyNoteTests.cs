using System.Text.Json;
using MentorGraph.Analytics.Classification;

namespace MentorGraph.Api.Tests.Schema;

public class ClassifyNoteTests
{
    private const string ClassifyQuery = """
        query Classify($input: ClassifyNoteInput!) {
          classifyNote(input: $input) {
            classification {
              topic { id slug }
              topicConfidence
              topics { topic { id } probability }
              direction
              directionConfidence
              needsReview
              evidence { ngram supportsTopic supportsDirection weight }
              classifiedAt
            }
            errors {
              __typename
              ... on Error { code message }
              ... on ValidationError { field }
            }
          }
        }
        """;

    private readonly ApiSchemaHarness _api = new();

    [Fact]
    public async Task ClassifyNote_JuniorTeachingSocialMedia_IsSocialMediaUpward()
    {
        var payload = await ClassifyAsync(new
        {
            text = "I showed Tom how Instagram reels and TikTok work and how to grow his followers. He posted his first reel.",
            authorRole = "JUNIOR",
            seniorName = "Tom Baker",
            juniorName = "Maya Lopez",
        });

        Assert.Empty(payload.GetProperty("errors").EnumerateArray());
        var classification = payload.GetProperty("classification");
        Assert.Equal("SOCIAL_MEDIA", classification.GetProperty("topic").GetProperty("id").GetString());
        Assert.Equal("UPWARD", classification.GetProperty("direction").GetString());
        Assert.Equal("2025-03-14T09:26:53.589Z", classification.GetProperty("classifiedAt").GetString());
        var confidence = classification.GetProperty("topicConfidence").GetDouble();
        Assert.InRange(confidence, 0, 1);
        var topics = classification.GetProperty("topics").EnumerateArray().ToList();
        Assert.Equal("SOCIAL_MEDIA", topics[0].GetProperty("topic").GetProperty("id").GetString());
        Assert.Equal(confidence, topics[0].GetProperty("probability").GetDouble());
    }

    [Fact]
    public async Task ClassifyNote_Evidence_NamesEitherATopicOrADirection()
    {
        var payload = await ClassifyAsync(new
        {
            text = "Maya explained dashboards and KPIs to me, and how to read the weekly charts.",
            authorRole = "SENIOR",
            evidencePerModel = 2,
        });

        var evidence = payload.GetProperty("classification").GetProperty("evidence").EnumerateArray().ToList();
        Assert.InRange(evidence.Count, 1, 4);
        Assert.All(evidence, e =>
            Assert.True(e.GetProperty("supportsTopic").ValueKind == JsonValueKind.Null ^ e.GetProperty("supportsDirection").ValueKind == JsonValueKind.Null));
        Assert.Contains(evidence, e => e.GetProperty("supportsTopic").ValueKind == JsonValueKind.String);
        Assert.Contains(evidence, e => e.GetProperty("supportsDirection").ValueKind == JsonValueKind.String);
    }

    [Fact]
    public async Task ClassifyNote_EmptyText_ReturnsEmptyErrorAndNoClassification()
    {
        var payload = await ClassifyAsync(new { text = "   ", authorRole = "JUNIOR" });

        Assert.Equal(JsonValueKind.Null, payload.GetProperty("classification").ValueKind);
        var error = Assert.Single(payload.GetProperty("errors").EnumerateArray());
        Assert.Equal("EMPTY", error.GetProperty("code").GetString());
        Assert.Equal("text", error.GetProperty("field").GetString());
    }

    [Fact]
    public async Task ClassifyNote_EveryBadInput_IsReportedAtOnce()
    {
        var payload = await ClassifyAsync(new
        {
            text = new string('a', 5001),
            authorRole = "SENIOR",
            seniorName = new string('b', 201),
            evidencePerModel = 51,
            secondaryTopicThreshold = 1.5,
        });

        Assert.Equal(JsonValueKind.Null, payload.GetProperty("classification").ValueKind);
        var errors = payload.GetProperty("errors").EnumerateArray()
            .Select(e => (e.GetProperty("code").GetString(), e.GetProperty("field").GetString()))
            .ToList();
        Assert.Equal(
            [("TOO_LONG", "text"), ("TOO_LONG", "seniorName"), ("OUT_OF_RANGE", "evidencePerModel"), ("OUT_OF_RANGE", "secondaryTopicThreshold")],
            errors);
    }

    [Fact]
    public async Task ClassifyNote_TextAtTheLimit_IsClassified()
    {
        var text = string.Concat(Enumerable.Repeat("We reviewed the budget and pricing. ", 200))[..5000];

        var payload = await ClassifyAsync(new { text, authorRole = "JUNIOR" });

        Assert.Empty(payload.GetProperty("errors").EnumerateArray());
        Assert.Equal(JsonValueKind.Object, payload.GetProperty("classification").ValueKind);
    }

    [Fact]
    public async Task ClassifyNote_RefusedInput_IsAValidationErrorOfTheErrorsUnion()
    {
        var payload = await ClassifyAsync(new { text = "", authorRole = "SENIOR", evidencePerModel = -1 });

        var errors = payload.GetProperty("errors").EnumerateArray().ToList();
        Assert.All(errors, e => Assert.Equal("ValidationError", e.GetProperty("__typename").GetString()));
        Assert.Equal(
            [("EMPTY", "text", "The note text is empty."), ("OUT_OF_RANGE", "evidencePerModel", "evidencePerModel is -1; it must be from 0 to 50.")],
            errors.Select(e => (e.GetProperty("code").GetString(), e.GetProperty("field").GetString(), e.GetProperty("message").GetString())));
    }

    [Fact]
    public async Task ClassifyNote_ErrorsThroughTheErrorInterface_NeedOneFragmentForEveryErrorType()
    {
        var response = await _api.RunAsync("""
            { classifyNote(input: {text: "", authorRole: JUNIOR}) { classification { topicConfidence } errors { ... on Error { code message } } } }
            """);

        Assert.Equal(
            """{"classifyNote":{"classification":null,"errors":[{"code":"EMPTY","message":"The note text is empty."}]}}""",
            response.GetProperty("data").GetRawText());
    }

    [Fact]
    public async Task ClassifyNote_ValuesOfTheWrongType_AreBadUserInputWithTheirPaths()
    {
        var response = await _api.RunAsync(ClassifyQuery, """{"input": {"text": 5, "authorRole": "BOSS", "evidencePerModel": "3"}}""");

        var messages = response.GetProperty("errors").EnumerateArray()
            .Select(e => (e.GetProperty("extensions").GetProperty("code").GetString(), e.GetProperty("message").GetString()!))
            .ToList();
        Assert.Equal(3, messages.Count);
        Assert.All(messages, m => Assert.Equal("BAD_USER_INPUT", m.Item1));
        Assert.Contains(messages, m => m.Item2.Contains("at \"input.text\"", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Item2.Contains("at \"input.authorRole\"", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Item2.Contains("at \"input.evidencePerModel\"", StringComparison.Ordinal));
        Assert.False(response.TryGetProperty("data", out _));
    }

    [Fact]
    public async Task ClassifyNote_WithoutAuthorRole_IsAVariableError()
    {
        var response = await _api.RunAsync(ClassifyQuery, """{"input": {"text": "We talked."}}""");

        var error = Assert.Single(response.GetProperty("errors").EnumerateArray());
        Assert.Contains("authorRole", error.GetProperty("message").GetString());
        Assert.Equal("BAD_USER_INPUT", error.GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Classifier_DescribesTheLoadedModel()
    {
        var response = await _api.RunAsync("{ classifier { modelVersion trainingSetHash trainingNotes trainingTopicAccuracy source loadedAt } }");

        var model = response.GetProperty("data").GetProperty("classifier");
        Assert.Equal(ModelMetadata.CurrentModelVersion, model.GetProperty("modelVersion").GetString());
        Assert.Equal(64, model.GetProperty("trainingSetHash").GetString()!.Length);
        Assert.True(model.GetProperty("trainingNotes").GetInt32() > 0);
        Assert.Equal("TRAINED_IN_MEMORY", model.GetProperty("source").GetString());
        Assert.Equal("2025-03-14T09:26:53.589Z", model.GetProperty("loadedAt").GetString());
    }

    private async Task<JsonElement> ClassifyAsync(object input)
    {
        var response = await _api.RunAsync(ClassifyQuery, JsonSerializer.Serialize(new { input }));
        Assert.False(response.TryGetProperty("errors", out var errors), errors.ToString());
        return response.GetProperty("data").GetProperty("classifyNote");
    }
}
