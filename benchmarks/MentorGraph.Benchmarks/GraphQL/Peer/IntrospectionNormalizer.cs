using System.Text.Json.Nodes;

namespace MentorGraph.Benchmarks.GraphQL.Peer;

/// <summary>
/// Makes two introspection responses comparable where the engines differ by design, not by the benchmark
/// schema: everything about the schema's own types must still be byte-identical.
/// </summary>
/// <remarks>
/// What is normalised, and why it is unavoidable:
/// <list type="bullet">
/// <item>Order of the named lists (<c>types</c>, <c>directives</c>, <c>possibleTypes</c>, a directive's
/// <c>locations</c>): sorted by name. The spec gives them no order; each engine lists them in its own.</item>
/// <item>The engines' own introspection types (<c>__Schema</c>, <c>__Type</c>, …): compared by kind and name
/// only. Each engine describes them in its own words, and graphql-dotnet 8.8.5 has a few fields of its
/// own (<c>__Directive.onField</c>, …) and lacks others (<c>__Type.specifiedByURL</c>).</item>
/// <item>Descriptions of the built-in scalars and directives: dropped (each engine's own text).</item>
/// <item>Directives only we define (<c>@specifiedBy</c>, <c>@oneOf</c>): dropped; graphql-dotnet 8.8.5
/// does not have them.</item>
/// </list>
/// </remarks>
public static class IntrospectionNormalizer
{
    private static readonly HashSet<string> BuiltInScalars = ["String", "Int", "Float", "Boolean", "ID"];
    private static readonly HashSet<string> SharedDirectives = ["skip", "include", "deprecated"];

    public static string Normalize(string responseJson)
    {
        var root = JsonNode.Parse(responseJson)!;
        if (root["data"]?["__schema"] is not JsonObject schema)
        {
            return responseJson;
        }

        var types = new JsonArray();
        foreach (var type in SortedByName(schema["types"]!.AsArray()).Select(node => node!))
        {
            var name = (string)type["name"]!;
            if (name.StartsWith("__", StringComparison.Ordinal))
            {
                types.Add(new JsonObject { ["kind"] = type["kind"]!.DeepClone(), ["name"] = name });
                continue;
            }

            if (BuiltInScalars.Contains(name))
            {
                type["description"] = null;
            }

            if (type["possibleTypes"] is JsonArray possibleTypes)
            {
                type["possibleTypes"] = SortedByName(possibleTypes);
            }

            types.Add(type.DeepClone());
        }

        schema["types"] = types;

        var directives = new JsonArray();
        foreach (var directive in SortedByName(schema["directives"]!.AsArray()).Select(node => node!))
        {
            if (!SharedDirectives.Contains((string)directive["name"]!))
            {
                continue;
            }

            var copy = directive.DeepClone().AsObject();
            copy["description"] = null;
            copy["locations"] = new JsonArray([.. copy["locations"]!.AsArray().Select(l => (string)l!).Order(StringComparer.Ordinal).Select(l => JsonValue.Create(l))]);
            foreach (var argument in copy["args"]!.AsArray())
            {
                argument!["description"] = null;
            }

            directives.Add(copy);
        }

        schema["directives"] = directives;
        return root.ToJsonString();
    }

    private static JsonArray SortedByName(JsonArray items) =>
        new([.. items.Select(item => item!.DeepClone()).OrderBy(item => (string?)item["name"], StringComparer.Ordinal)]);
}
