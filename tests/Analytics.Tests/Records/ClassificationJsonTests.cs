using System.Text.Json;
using MentorGraph.Analytics.Classification;
using MentorGraph.Analytics.Records;

namespace MentorGraph.Analytics.Tests.Records;

public class ClassificationJsonTests
{
    [Fact]
    public void Result_HasTheDocumentedFieldsInOrder()
    {
        var classification = new NoteClassification(
            "social-media", 0.81234f, [new TopicProbability("social-media", 0.81234f), new TopicProbability("digital-marketing", 0.2f)],
            "UPWARD", 0.9f, false, [new Evidence("reels", "social-media", 0.5f)], new float[12], new float[3]);

        var json = ClassificationJson.Result("n1", classification);

        using var document = JsonDocument.Parse(json);
        var names = document.RootElement.EnumerateObject().Select(p => p.Name).ToArray();
        Assert.Equal(["id", "topic", "topicConfidence", "topics", "direction", "directionConfidence", "needsReview", "evidence"], names);
        Assert.Equal(0.8123, document.RootElement.GetProperty("topicConfidence").GetDouble());
        Assert.Equal("digital-marketing", document.RootElement.GetProperty("topics")[1].GetProperty("topic").GetString());
        Assert.Equal("reels", document.RootElement.GetProperty("evidence")[0].GetProperty("ngram").GetString());
        Assert.DoesNotContain('\n', json);
    }

    [Fact]
    public void Error_HasIdCodeFieldAndMessage()
    {
        Assert.Equal("{\"id\":\"n2\",\"error\":{\"code\":\"EMPTY\",\"field\":\"text\",\"message\":\"no text\"}}",
            ClassificationJson.Error("n2", new RecordError(ValidationCodes.Empty, "text", "no text")));
        Assert.Equal("{\"id\":null,\"error\":{\"code\":\"INVALID_JSON\",\"field\":null,\"message\":\"x\"}}",
            ClassificationJson.Error(null, new RecordError(ValidationCodes.InvalidJson, null, "x")));
    }
}
