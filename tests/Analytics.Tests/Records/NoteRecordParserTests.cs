using MentorGraph.Analytics.Records;

namespace MentorGraph.Analytics.Tests.Records;

public class NoteRecordParserTests
{
    private static readonly RecordLimits Limits = new() { MaxTextLength = 50 };

    private static NoteRecord Parse(string line, bool labels = false) => NoteRecordParser.Parse(line, 1, Limits, labels);

    [Fact]
    public void Parse_ValidRecord_GivesNote()
    {
        var record = Parse("""{"id":"n1","text":"Hi","authorRole":"JUNIOR","seniorName":"Tom B","juniorName":"Maya L","extra":1}""");
        Assert.True(record.IsValid);
        Assert.Equal("n1", record.Id);
        Assert.Equal(new Note("Hi", ParticipantRole.Junior, "Tom B", "Maya L"), record.Note);
    }

    [Fact]
    public void Parse_NumericId_IsKeptAsText()
    {
        Assert.Equal("42", Parse("""{"id":42,"text":"Hi","authorRole":"SENIOR"}""").Id);
    }

    [Theory]
    [InlineData("not json", ValidationCodes.InvalidJson, null, null)]
    [InlineData("[1,2]", ValidationCodes.InvalidJson, null, null)]
    [InlineData("""{"text":"Hi","authorRole":"SENIOR"}""", ValidationCodes.Empty, "id", null)]
    [InlineData("""{"id":null,"text":"Hi","authorRole":"SENIOR"}""", ValidationCodes.Empty, "id", null)]
    [InlineData("""{"id":"  ","text":"Hi","authorRole":"SENIOR"}""", ValidationCodes.Empty, "id", null)]
    [InlineData("""{"id":true,"text":"Hi","authorRole":"SENIOR"}""", ValidationCodes.InvalidValue, "id", null)]
    [InlineData("""{"id":"a","authorRole":"SENIOR"}""", ValidationCodes.Empty, "text", "a")]
    [InlineData("""{"id":"a","text":null,"authorRole":"SENIOR"}""", ValidationCodes.Empty, "text", "a")]
    [InlineData("""{"id":"a","text":"   ","authorRole":"SENIOR"}""", ValidationCodes.Empty, "text", "a")]
    [InlineData("""{"id":"a","text":5,"authorRole":"SENIOR"}""", ValidationCodes.InvalidValue, "text", "a")]
    [InlineData("""{"id":"a","text":"Hi","authorRole":"senior"}""", ValidationCodes.InvalidValue, "authorRole", "a")]
    [InlineData("""{"id":"a","text":"Hi","authorRole":1}""", ValidationCodes.InvalidValue, "authorRole", "a")]
    [InlineData("""{"id":"a","text":"Hi"}""", ValidationCodes.MissingField, "authorRole", "a")]
    [InlineData("""{"id":"a","text":"Hi","authorRole":"JUNIOR","seniorName":3}""", ValidationCodes.InvalidValue, "seniorName", "a")]
    [InlineData("""{"id":"a","text":"Hi","authorRole":"JUNIOR","juniorName":["x"]}""", ValidationCodes.InvalidValue, "juniorName", "a")]
    public void Parse_InvalidRecord_GivesCodeFieldAndId(string line, string code, string? field, string? id)
    {
        var record = Parse(line);
        Assert.False(record.IsValid);
        Assert.Equal(code, record.Error!.Code);
        Assert.Equal(field, record.Error.Field);
        Assert.Equal(id, record.Id);
        Assert.False(string.IsNullOrWhiteSpace(record.Error.Message));
    }

    [Fact]
    public void Parse_TextOverLimit_IsTooLong()
    {
        var record = Parse($$"""{"id":"a","text":"{{new string('x', 51)}}","authorRole":"JUNIOR"}""");
        Assert.Equal(ValidationCodes.TooLong, record.Error!.Code);
        Assert.Equal("text", record.Error.Field);
        Assert.Contains("50", record.Error.Message);
    }

    [Fact]
    public void Parse_IdOrNameOverLimit_IsTooLong()
    {
        var limits = new RecordLimits { MaxIdLength = 3, MaxNameLength = 4 };

        var id = NoteRecordParser.Parse("""{"id":"abcd","text":"Hi","authorRole":"JUNIOR"}""", 1, limits, requireLabels: false);
        var name = NoteRecordParser.Parse("""{"id":"a","text":"Hi","authorRole":"JUNIOR","juniorName":"Maya L"}""", 1, limits, requireLabels: false);

        Assert.Equal((ValidationCodes.TooLong, "id"), (id.Error!.Code, id.Error.Field));
        Assert.Equal((ValidationCodes.TooLong, "juniorName"), (name.Error!.Code, name.Error.Field));
    }

    [Theory]
    [InlineData("""{"id":"a","text":"Hi","authorRole":"JUNIOR","direction":"UPWARD"}""", ValidationCodes.MissingField, "topic")]
    [InlineData("""{"id":"a","text":"Hi","authorRole":"JUNIOR","topic":"gardening","direction":"UPWARD"}""", ValidationCodes.InvalidValue, "topic")]
    [InlineData("""{"id":"a","text":"Hi","authorRole":"JUNIOR","topic":"leadership"}""", ValidationCodes.MissingField, "direction")]
    [InlineData("""{"id":"a","text":"Hi","authorRole":"JUNIOR","topic":"leadership","direction":"SIDEWAYS"}""", ValidationCodes.InvalidValue, "direction")]
    [InlineData("""{"id":"a","text":"Hi","authorRole":"JUNIOR","topic":"leadership","direction":"upward"}""", ValidationCodes.InvalidValue, "direction")]
    public void Parse_MissingOrUnknownLabel_GivesCodeAndField(string line, string code, string field)
    {
        var error = Parse(line, labels: true).Error!;
        Assert.Equal((code, field), (error.Code, error.Field));
    }

    [Theory]
    [InlineData("social-media", "social-media")]
    [InlineData("SOCIAL_MEDIA", "social-media")]
    [InlineData("PRODUCTIVITY_TOOLS", "productivity-tools")]
    [InlineData("LEADERSHIP", "leadership")]
    public void Parse_TopicAsSlugOrApiEnumName_KeepsTheSlug(string topic, string slug)
    {
        var record = Parse($$"""{"id":"a","text":"Hi","authorRole":"JUNIOR","topic":"{{topic}}","direction":"UPWARD"}""", labels: true);
        Assert.Equal(slug, record.ToLabeledNote().Topic);
    }

    [Theory]
    [InlineData("Social_Media")]
    [InlineData("social_media")]
    [InlineData("SOCIAL-MEDIA")]
    [InlineData("Leadership")]
    [InlineData(" leadership")]
    public void Parse_TopicInAnotherCaseOrSpelling_IsInvalidValue(string topic)
    {
        var error = Parse($$"""{"id":"a","text":"Hi","authorRole":"JUNIOR","topic":"{{topic}}","direction":"UPWARD"}""", labels: true).Error!;
        Assert.Equal((ValidationCodes.InvalidValue, "topic"), (error.Code, error.Field));
        Assert.Contains("SOCIAL_MEDIA", error.Message);
    }

    [Fact]
    public void Parse_ValidLabels_GiveLabeledNote()
    {
        var ok = Parse("""{"id":"a","text":"Hi","authorRole":"JUNIOR","topic":"leadership","direction":"MUTUAL"}""", labels: true);
        Assert.Equal(("leadership", "MUTUAL"), (ok.ToLabeledNote().Topic, ok.ToLabeledNote().Direction));
    }

    [Fact]
    public void Read_SkipsBlankLinesAndContinuesAfterErrors()
    {
        var input = new StringReader(
            "{\"id\":\"1\",\"text\":\"Hi\",\"authorRole\":\"JUNIOR\"}\n\n  \nbroken\r\n{\"id\":\"3\",\"text\":\"Yo\",\"authorRole\":\"SENIOR\"}");
        var records = JsonLinesReader.Read(input, Limits, requireLabels: false).ToArray();

        Assert.Equal(3, records.Length);
        Assert.Equal([true, false, true], records.Select(r => r.IsValid));
        Assert.Equal([1, 4, 5], records.Select(r => r.LineNumber));
    }

    [Fact]
    public void Read_LineOverLimit_IsReportedAndSkipped()
    {
        var limits = new RecordLimits { MaxLineLength = 60 };
        var input = new StringReader($"{{\"id\":\"1\",\"text\":\"{new string('x', 100)}\"}}\n{{\"id\":\"2\",\"text\":\"Hi\",\"authorRole\":\"JUNIOR\"}}\n");
        var records = JsonLinesReader.Read(input, limits, requireLabels: false).ToArray();

        Assert.Equal(ValidationCodes.TooLong, records[0].Error!.Code);
        Assert.Null(records[0].Error!.Field);
        Assert.Equal("2", records[1].Id);
        Assert.True(records[1].IsValid);
    }
}
