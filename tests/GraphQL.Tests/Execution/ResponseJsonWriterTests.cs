using System.IO.Pipelines;
using System.Text;
using System.Text.Json;
using MentorGraph.GraphQL.Execution;
using static MentorGraph.GraphQL.Tests.Execution.TestSchemas;

namespace MentorGraph.GraphQL.Tests.Execution;

public class ResponseJsonWriterTests
{
    [Fact]
    public void ToJson_AccentsAndApostrophes_StayReadable()
    {
        var result = new ExecutionResult { HasData = true, Data = new Dictionary<string, object?> { ["name"] = "Ayşe O'Neill \"quoted\"" } };

        var json = ResponseJsonWriter.ToJson(result);

        Assert.Equal("""{"data":{"name":"Ayşe O'Neill \"quoted\""}}""", json);
    }

    [Fact]
    public void ToJson_ErrorsFirst_WithLocationsPathAndCode()
    {
        var result = new ExecutionResult
        {
            HasData = true,
            Data = new Dictionary<string, object?> { ["a"] = null },
            Errors = [new GraphQLError("boom", [new ErrorLocation(2, 5)], ["a", 0], new Dictionary<string, object?> { ["code"] = "X" })],
        };

        var json = ResponseJsonWriter.ToJson(result);

        Assert.Equal("""{"errors":[{"message":"boom","locations":[{"line":2,"column":5}],"path":["a",0],"extensions":{"code":"X"}}],"data":{"a":null}}""", json);
    }

    [Fact]
    public void ToJson_RequestError_HasNoDataEntry()
    {
        var result = ExecutionResult.ForRequestError(RequestErrorKind.Parse, [GraphQLError.WithCode("Syntax Error: x", ErrorCodes.ParseFailed)]);

        Assert.DoesNotContain("\"data\"", ResponseJsonWriter.ToJson(result));
    }

    [Fact]
    public void ToJson_LoneSurrogatesInMessagesKeysAndValues_AreWrittenAsReplacementCharacter()
    {
        // A string can hold what UTF-8 cannot (a lone surrogate): the writer's encoder writes U+FFFD for it
        // instead of throwing mid-response. This pins that for every place a string is written.
        var result = new ExecutionResult
        {
            HasData = true,
            Data = new Dictionary<string, object?> { ["k\uDC00"] = "v\uD800", ["list"] = new List<object?> { "\uDBFFx" } },
            Errors = [new GraphQLError("bad \uD800", null, ["p\uDFFF"], new Dictionary<string, object?> { ["code"] = "X", ["detail"] = "\uD800" })],
            Extensions = new Dictionary<string, object?> { ["e\uD800"] = "\uDC00" },
        };

        var json = ResponseJsonWriter.ToJson(result);

        Assert.Equal(
            """{"errors":[{"message":"bad \uFFFD","path":["p\uFFFD"],"extensions":{"code":"X","detail":"\uFFFD"}}],"data":{"k\uFFFD":"v\uFFFD","list":["\uFFFDx"]},"extensions":{"e\uFFFD":"\uFFFD"}}""",
            json);
    }

    [Fact]
    public void ToJson_NaNAndInfinities_AreWrittenAsNullInsteadOfThrowing()
    {
        var result = new ExecutionResult
        {
            HasData = true,
            Data = new Dictionary<string, object?> { ["nan"] = double.NaN, ["inf"] = float.PositiveInfinity, ["ok"] = 0.1f },
            Extensions = new Dictionary<string, object?> { ["minus"] = double.NegativeInfinity, ["ok"] = 1.5 },
        };

        var json = ResponseJsonWriter.ToJson(result);

        Assert.Equal("""{"data":{"nan":null,"inf":null,"ok":0.1},"extensions":{"minus":null,"ok":1.5}}""", json);
    }

    [Fact]
    public async Task WriteAsync_LargeResponse_IsFlushedInPiecesWithTheBytesOfToJson()
    {
        var result = await LargeResult(3_000);
        var body = new WriteCountingStream();
        var pipe = PipeWriter.Create(body);

        await ResponseJsonWriter.WriteAsync(pipe, result);
        await pipe.CompleteAsync();

        var json = Encoding.UTF8.GetString(body.ToArray());
        Assert.True(json.Length > 3 * ResponseJsonWriter.FlushThreshold);
        Assert.True(body.Writes > 2, $"the response went out in {body.Writes} writes");
        Assert.Equal(ResponseJsonWriter.ToJson(result), json);
    }

    [Fact]
    public async Task WriteAsync_ErrorsDataAndExtensions_AsWriteWritesThem()
    {
        var result = (await LargeResult(3)) with
        {
            Errors = [GraphQLError.WithCode("boom", ErrorCodes.InternalServerError, [new ErrorLocation(1, 2)], ["items", 1])],
            Extensions = new Dictionary<string, object?> { ["cost"] = 3, ["tags"] = new[] { "a", "b" } },
        };
        var body = new MemoryStream();
        var pipe = PipeWriter.Create(body);

        await ResponseJsonWriter.WriteAsync(pipe, result);
        await pipe.CompleteAsync();

        Assert.Equal(ResponseJsonWriter.ToJson(result), Encoding.UTF8.GetString(body.ToArray()));
    }

    [Fact]
    public async Task WriteAsync_EveryAsciiCharacterInNamesAndValues_AsToJsonWritesThem()
    {
        var keys = Enumerable.Range(0, 0x80).Select(c => $"k{(char)c}").Append("long").ToArray();
        var data = new ObjectResult(null, 0, null, keys);
        for (var c = 0; c < 0x80; c++)
        {
            data.Set(c, $"v{(char)c}v");
        }

        data.Set(0x80, new string('x', 500));
        var result = new ExecutionResult { HasData = true, Data = data };
        var body = new MemoryStream();
        var pipe = PipeWriter.Create(body);

        await ResponseJsonWriter.WriteAsync(pipe, result);
        await pipe.CompleteAsync();

        Assert.Equal(ResponseJsonWriter.ToJson(result), Encoding.UTF8.GetString(body.ToArray()));
    }

    [Fact]
    public async Task WriteAsync_ListsOfLeafObjects_AsToJsonWritesThem()
    {
        ObjectResult Leaf(params object?[] values)
        {
            var leaf = new ObjectResult(null, 0, null, ["id", "flag", "note", "count"]);
            for (var i = 0; i < values.Length; i++)
            {
                leaf.Set(i, values[i]);
            }

            return leaf;
        }

        var items = new object?[]
        {
            Leaf("a", true, null, null),
            Leaf("b", false, "plain text, with punctuation!", null),
            Leaf("c", null, "needs \"escaping\"", null),
            Leaf("d", true, "counted", 3),
            Leaf("e", true, new string('y', 3_000), null),
            Leaf("f", true, new string('z', 100), null),
            new ObjectResult(null, 0, null, []),
            Leaf(new string('n', 100), null, new string('m', 100), null),
        };
        var data = new ObjectResult(null, 0, null, ["items", "one"]);
        data.Set(0, items);
        data.Set(1, Leaf("g", false, "x", null));
        var result = new ExecutionResult { HasData = true, Data = data };
        var body = new MemoryStream();
        var pipe = PipeWriter.Create(body);

        await ResponseJsonWriter.WriteAsync(pipe, result);
        await pipe.CompleteAsync();

        Assert.Equal(ResponseJsonWriter.ToJson(result), Encoding.UTF8.GetString(body.ToArray()));
    }

    [Fact]
    public void WriteValue_EveryAsciiCharacter_IsWrittenAsTheWriterWritesIt()
    {
        for (var c = (char)0; c < 0x80; c++)
        {
            var text = $"a{c}b";
            Assert.Equal(WrittenByTheWriter(text), WrittenByWriteValue(text));
        }
    }

    [Theory]
    [InlineData("Ayşe O'Neill")]
    [InlineData("<b>&amp;</b> + `code`")]
    [InlineData("line\nbreak \"quoted\" back\\slash")]
    [InlineData("emoji 😀 and \u2028")]
    public void WriteValue_StringsOfAnyKind_AreWrittenAsTheWriterWritesThem(string text)
    {
        Assert.Equal(WrittenByTheWriter(text), WrittenByWriteValue(text));
    }

    [Fact]
    public void WriteValue_LongPlainString_IsWrittenAsTheWriterWritesIt()
    {
        var text = new string('x', 1_000);

        Assert.Equal(WrittenByTheWriter(text), WrittenByWriteValue(text));
    }

    [Fact]
    public void ToJson_Indented_IndentsResultLists()
    {
        var result = new ExecutionResult { HasData = true, Data = new Dictionary<string, object?> { ["tags"] = new object?[] { "a", "b" } } };

        Assert.Equal("{\n  \"data\": {\n    \"tags\": [\n      \"a\",\n      \"b\"\n    ]\n  }\n}", ResponseJsonWriter.ToJson(result, indented: true).ReplaceLineEndings("\n"));
    }

    private static string WrittenByWriteValue(string text) => Written(writer => ResponseJsonWriter.WriteValue(writer, text));

    private static string WrittenByTheWriter(string text) => Written(writer => writer.WriteStringValue(text));

    private static string Written(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, ResponseJsonWriter.Options()))
        {
            writer.WriteStartArray();
            write(writer);
            write(writer);
            writer.WriteEndArray();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static Task<ExecutionResult> LargeResult(int count)
    {
        var item = Object("Item", Field("id", TestScalars.Id), Field("name", TestScalars.String));
        var items = Enumerable.Range(0, count).Select(i => new { Id = $"item-{i}", Name = $"Item number {i}, \"quoted\"" }).ToArray();
        var schema = Create(Object("Query", Field("items", List(item), _ => items)));
        return ExecutionTestSupport.Run(schema, "{ items { id name } }");
    }

    /// <summary>A memory stream that counts the writes it gets.</summary>
    private sealed class WriteCountingStream : MemoryStream
    {
        public int Writes { get; private set; }

        public override void Write(byte[] buffer, int offset, int count)
        {
            Writes++;
            base.Write(buffer, offset, count);
        }

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            Writes++;
            base.Write(buffer);
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        {
            Writes++;
            return base.WriteAsync(buffer, offset, count, cancellationToken);
        }

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Writes++;
            return base.WriteAsync(buffer, cancellationToken);
        }
    }
}
