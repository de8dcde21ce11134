using System.Text.Json;

namespace MentorGraph.GraphQL.Tooling;

/// <summary>
/// Values that override what <see cref="GeneratedMockSchema"/> makes up, read from a JSON file:
/// <code>
/// {
///   "types": {
///     "Topic": { "title": "Leadership" },        // an object type: these fields wherever a Topic is returned
///     "DateTime": "2026-06-01T09:00:00Z"         // a scalar or enum: every value of that type
///   },
///   "paths": {
///     "viewer.person.displayName": "Ada",        // one place of the response (response keys, list indices)
///     "topics": [{ "title": "First" }],          // a list: its length and the items' fields
///     "people.edges.*.node.email": "x@y.z"       // * stands for any one segment
///   }
/// }
/// </code>
/// A path wins over a type. A JSON object given for an object field overrides the fields it names, the others are
/// made up; an array gives a list its length; <c>null</c> is null; <c>__typename</c> picks an interface's or union's type.
/// </summary>
public sealed class MockFixture
{
    private readonly Dictionary<string, JsonElement> types = new(StringComparer.Ordinal);
    private readonly List<(string[] Segments, JsonElement Value)> paths = [];

    /// <summary>No overrides.</summary>
    public static MockFixture Empty { get; } = new();

    /// <summary>Reads a fixture; the element is cloned, so the document may be disposed.</summary>
    /// <exception cref="FormatException">The JSON is not an object of <c>types</c> and <c>paths</c> objects; the message says what is wrong.</exception>
    public static MockFixture From(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException("A mock fixture is a JSON object with \"types\" and/or \"paths\".");
        }

        var fixture = new MockFixture();
        foreach (var section in root.EnumerateObject())
        {
            if (section.Name is not ("types" or "paths"))
            {
                throw new FormatException($"Unknown mock fixture entry \"{section.Name}\": expected \"types\" and \"paths\".");
            }

            if (section.Value.ValueKind != JsonValueKind.Object)
            {
                throw new FormatException($"\"{section.Name}\" must be a JSON object of names to values.");
            }

            foreach (var entry in section.Value.EnumerateObject())
            {
                if (section.Name == "types")
                {
                    fixture.types[entry.Name] = entry.Value.Clone();
                }
                else
                {
                    fixture.paths.Add((entry.Name.Split('.'), entry.Value.Clone()));
                }
            }
        }

        return fixture;
    }

    /// <summary>The value given for a response path (its segments as the executor writes them); the last matching entry wins.</summary>
    public bool TryGetPath(IReadOnlyList<object> path, out JsonElement value)
    {
        for (var i = paths.Count - 1; i >= 0; i--)
        {
            if (Matches(paths[i].Segments, path))
            {
                value = paths[i].Value;
                return true;
            }
        }

        value = default;
        return false;
    }

    /// <summary>The value given for a field of an object type.</summary>
    public bool TryGetField(string typeName, string fieldName, out JsonElement value)
    {
        value = default;
        return types.TryGetValue(typeName, out var fields)
            && fields.ValueKind == JsonValueKind.Object
            && fields.TryGetProperty(fieldName, out value);
    }

    /// <summary>The value given for every value of a scalar or enum type.</summary>
    public bool TryGetLeaf(string typeName, out JsonElement value) =>
        types.TryGetValue(typeName, out value) && value.ValueKind is not (JsonValueKind.Object or JsonValueKind.Array);

    private static bool Matches(string[] pattern, IReadOnlyList<object> path)
    {
        if (pattern.Length != path.Count)
        {
            return false;
        }

        for (var i = 0; i < pattern.Length; i++)
        {
            if (pattern[i] != "*" && pattern[i] != Convert.ToString(path[i], System.Globalization.CultureInfo.InvariantCulture))
            {
                return false;
            }
        }

        return true;
    }
}
