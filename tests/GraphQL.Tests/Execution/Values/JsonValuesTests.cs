using System.Text;
using System.Text.Json;
using MentorGraph.GraphQL.Execution.Values;

namespace MentorGraph.GraphQL.Tests.Execution.Values;

public class JsonValuesTests
{
    [Theory]
    [InlineData("""{"x":"\ud800"}""")]
    [InlineData("""{"x":"a\udc00b"}""")]
    [InlineData("""{"x":"\ud800\u0041"}""")]
    [InlineData("""{"x":["ok",{"y":"\udbff"}]}""")]
    [InlineData("""{"\udc00":1}""")]
    public void ToMap_LoneSurrogateEscapeInStringOrName_ThrowsJsonExceptionNotInvalidOperation(string json)
    {
        using var document = JsonDocument.Parse(json);

        var error = Assert.Throws<JsonException>(() => JsonValues.ToMap(document.RootElement));

        Assert.Equal(JsonValues.NotUnicodeTextMessage, error.Message);
    }

    [Fact]
    public void ToMap_InvalidUtf8InString_ThrowsJsonException()
    {
        byte[] json = [.. Encoding.ASCII.GetBytes("""{"x":"a"""), 0xFF, .. Encoding.ASCII.GetBytes("\"}")];
        using var document = JsonDocument.Parse(json);

        Assert.Throws<JsonException>(() => JsonValues.ToMap(document.RootElement));
    }

    [Fact]
    public void ToMap_SurrogatePairEscape_IsTheCharacter()
    {
        using var document = JsonDocument.Parse("""{"smile":"\ud83d\ude00"}""");

        Assert.Equal("\U0001F600", JsonValues.ToMap(document.RootElement)["smile"]);
    }

    [Fact]
    public void GetText_NonString_ThrowsInvalidOperation()
    {
        using var document = JsonDocument.Parse("1");

        Assert.Throws<InvalidOperationException>(() => JsonValues.GetText(document.RootElement));
    }
}
