using System.Text.Json;
using System.Text.Unicode;
using Microsoft.AspNetCore.Http;

namespace MentorGraph.GraphQL.AspNetCore;

/// <summary>
/// Parses the JSON of a request (a POST body, GET's variables or extensions) and says precisely what is
/// wrong with it: not UTF-8, nested deeper than <see cref="GraphQLOptions.MaxJsonDepth"/> (a limit,
/// LIMIT_EXCEEDED), or not JSON. <see cref="JsonDocument"/> reports all of these as one exception type.
/// </summary>
internal static class RequestJson
{
    /// <summary>Parses <paramref name="utf8"/>; on failure returns null and the problem, naming the input as <paramref name="what"/>.</summary>
    public static JsonDocument? Parse(ReadOnlyMemory<byte> utf8, string what, GraphQLOptions options, out HttpRequestProblem? problem)
    {
        problem = null;

        // JsonDocument leaves the UTF-8 inside strings unchecked until a string is read (RFC 8259 section
        // 8.1: JSON text exchanged between systems is UTF-8). One vectorized pass settles it up front.
        if (!Utf8.IsValid(utf8.Span))
        {
            problem = HttpRequestProblem.BadRequest($"{Capitalized(what)} is not valid UTF-8.");
            return null;
        }

        try
        {
            return JsonDocument.Parse(utf8, new JsonDocumentOptions { MaxDepth = options.MaxJsonDepth });
        }
        catch (JsonException)
        {
            problem = NestsDeeperThan(utf8.Span, options.MaxJsonDepth)
                ? HttpRequestProblem.LimitExceeded(
                    StatusCodes.Status400BadRequest,
                    $"{Capitalized(what)} nests JSON arrays and objects deeper than the limit of {options.MaxJsonDepth} levels ({nameof(GraphQLOptions.MaxJsonDepth)}).",
                    nameof(GraphQLOptions.MaxJsonDepth))
                : HttpRequestProblem.BadRequest($"{Capitalized(what)} is not valid JSON.");
            return null;
        }
    }

    /// <summary>
    /// True when the text opens more than <paramref name="maxDepth"/> nested arrays or objects before any
    /// syntax error: then that depth, and not the syntax, is why the parse with that limit failed.
    /// Reads forward only, without building anything.
    /// </summary>
    internal static bool NestsDeeperThan(ReadOnlySpan<byte> utf8, int maxDepth)
    {
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = maxDepth == int.MaxValue ? maxDepth : maxDepth + 1 });
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray && reader.CurrentDepth >= maxDepth)
                {
                    return true;
                }
            }
        }
        catch (JsonException)
        {
            return false;
        }

        return false;
    }

    private static string Capitalized(string what) => char.ToUpperInvariant(what[0]) + what[1..];
}
