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
        Assert.Equal("""{"id":"n2","error":{"code":"EMPTY","field":"text","message":"no text"}}""",
            ClassificationJson.Error("n2", new RecordError(ValidationCodes.Empty, "text", "no text")));
        Assert.Equal("""{"id":null,"error":{"code":"INVALID_JSON","field":null,"message":"x"}}""",
            ClassificationJson.Error(null, new RecordError(ValidationCodes.InvalidJson, null, "x")));
    }

    [Fact]
    public void Result_QuotesApostrophesAndAccents_AreWrittenReadably()
    {
        var classification = new NoteClassification(
            "social-media", 0.5f, [new TopicProbability("social-media", 0.5f)],
            "UPWARD", 0.75f, true, [new Evidence("[junior→senior only]", "UPWARD", 0.25f), new Evidence("maya's \"reels\"", "social-media", 0.125f)],
            new float[12], new float[3]);

        var json = ClassificationJson.Result("Zoë's \"café\" note <1> & Ølga", classification);

        Assert.Equal(
            """{"id":"Zoë's \"café\" note <1> & Ølga","topic":"social-media","topicConfidence":0.5,"topics":[{"topic":"social-media","probability":0.5}],"direction":"UPWARD","directionConfidence":0.75,"needsReview":true,"evidence":[{"ngram":"[junior→senior only]","supports":"UPWARD","weight":0.25},{"ngram":"maya's \"reels\"","supports":"social-media","weight":0.125}]}""",
            json);
    }

    [Fact]
    public void Error_QuotesApostrophesAndAccents_AreWrittenReadablyAsUtf8()
    {
        var json = ClassificationJson.Error("José's \"note\"", new RecordError(ValidationCodes.TooLong, "text", "\"text\" can't be this long — Ça déborde"));

        const string expected = """{"id":"José's \"note\"","error":{"code":"TOO_LONG","field":"text","message":"\"text\" can't be this long — Ça déborde"}}""";
        Assert.Equal(expected, json);
        Assert.Equal(
            "{\"id\":\"Jos\u00e9's \\\"note\\\"\",\"error\":{\"code\":\"TOO_LONG\",\"field\":\"text\",\"message\":\"\\\"text\\\" can't be this long \u2014 \u00c7a d\u00e9borde\"}}"u8.ToArray(),
            System.Text.Encoding.UTF8.GetBytes(json));
        Assert.Equal("José's \"note\"", JsonDocument.Parse(json).RootElement.GetProperty("id").GetString());
    }

    [Fact]
    public void Error_ControlCharactersAndEmoji_StayEscapedValidJson()
    {
        var json = ClassificationJson.Error("a\nb\u0001👍", new RecordError(ValidationCodes.InvalidJson, null, "x"));

        Assert.Equal("""{"id":"a\nb\u0001\uD83D\uDC4D","error":{"code":"INVALID_JSON","field":null,"message":"x"}}""", json);
        Assert.Equal("a\nb\u0001👍", JsonDocument.Parse(json).RootElement.GetProperty("id").GetString());
    }
}
