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
    [InlineData("not json", RecordError.InvalidJson, null)]
    [InlineData("[1,2]", RecordError.InvalidJson, null)]
    [InlineData("""{"text":"Hi","authorRole":"SENIOR"}""", RecordError.InvalidId, null)]
    [InlineData("""{"id":true,"text":"Hi","authorRole":"SENIOR"}""", RecordError.InvalidId, null)]
    [InlineData("""{"id":"a","authorRole":"SENIOR"}""", RecordError.MissingText, "a")]
    [InlineData("""{"id":"a","text":"   ","authorRole":"SENIOR"}""", RecordError.MissingText, "a")]
    [InlineData("""{"id":"a","text":5,"authorRole":"SENIOR"}""", RecordError.MissingText, "a")]
    [InlineData("""{"id":"a","text":"Hi","authorRole":"senior"}""", RecordError.InvalidAuthorRole, "a")]
    [InlineData("""{"id":"a","text":"Hi"}""", RecordError.InvalidAuthorRole, "a")]
    [InlineData("""{"id":"a","text":"Hi","authorRole":"JUNIOR","seniorName":3}""", RecordError.InvalidName, "a")]
    public void Parse_InvalidRecord_GivesErrorCodeAndId(string line, string code, string? id)
    {
        var record = Parse(line);
        Assert.False(record.IsValid);
        Assert.Equal(code, record.Error!.Code);
        Assert.Equal(id, record.Id);
        Assert.False(string.IsNullOrWhiteSpace(record.Error.Message));
    }

    [Fact]
    public void Parse_TextOverLimit_IsTooLong()
    {
        var record = Parse($$"""{"id":"a","text":"{{new string('x', 51)}}","authorRole":"JUNIOR"}""");
        Assert.Equal(RecordError.TextTooLong, record.Error!.Code);
        Assert.Contains("50", record.Error.Message);
    }

    [Fact]
    public void Parse_Labels_AreRequiredAndChecked()
    {
        Assert.Equal(RecordError.InvalidTopic, Parse("""{"id":"a","text":"Hi","authorRole":"JUNIOR","direction":"UPWARD"}""", labels: true).Error!.Code);
        Assert.Equal(RecordError.InvalidDirection, Parse("""{"id":"a","text":"Hi","authorRole":"JUNIOR","topic":"leadership","direction":"SIDEWAYS"}""", labels: true).Error!.Code);
        var ok = Parse("""{"id":"a","text":"Hi","authorRole":"JUNIOR","topic":"leadership","direction":"MUTUAL"}""", labels: true);
        Assert.Equal("leadership", ok.ToLabeledNote().Topic);
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

        Assert.Equal(RecordError.LineTooLong, records[0].Error!.Code);
        Assert.Equal("2", records[1].Id);
        Assert.True(records[1].IsValid);
    }
}
