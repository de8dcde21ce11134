using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace MentorGraph.Analytics.Records;

/// <summary>
/// Parses and validates one record <c>{"id","text","authorRole","seniorName","juniorName"}</c>
/// (plus <c>"topic"</c> and <c>"direction"</c> when labels are required). Unknown properties are
/// ignored. The first problem found rejects the record, with a code of <see cref="ValidationCodes"/>.
/// A topic may be given as its slug or as the API's enum name (<see cref="Taxonomy.TryParseTopic"/>);
/// the record keeps the slug.
/// </summary>
public static class NoteRecordParser
{
    public static NoteRecord Parse(string line, int lineNumber, RecordLimits limits, bool requireLabels)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line, new JsonDocumentOptions { MaxDepth = 16 });
        }
        catch (JsonException e)
        {
            return Fail(lineNumber, null, new RecordError(ValidationCodes.InvalidJson, null, $"Line {lineNumber} is not valid JSON: {e.Message}"));
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return Fail(lineNumber, null, new RecordError(ValidationCodes.InvalidJson, null, $"Line {lineNumber} is not a JSON object."));
            }

            var (id, idError) = ReadId(root, limits);
            if (idError is not null)
            {
                return Fail(lineNumber, null, idError);
            }

            var (text, textError) = ReadText(root, limits);
            if (textError is not null)
            {
                return Fail(lineNumber, id, textError);
            }

            var (role, roleError) = ReadAuthorRole(root);
            if (roleError is not null)
            {
                return Fail(lineNumber, id, roleError);
            }

            var (seniorName, seniorError) = ReadName(root, "seniorName", limits);
            var (juniorName, juniorError) = ReadName(root, "juniorName", limits);
            if ((seniorError ?? juniorError) is { } nameError)
            {
                return Fail(lineNumber, id, nameError);
            }

            string? topic = null;
            string? direction = null;
            if (requireLabels)
            {
                (topic, var topicError) = ReadLabel(root, "topic", Taxonomy.TryParseTopic,
                    $"a topic slug ({string.Join(", ", Taxonomy.Topics)}) or its enum name (e.g. {Taxonomy.TopicEnumName(Taxonomy.Topics[0])})");
                if (topicError is not null)
                {
                    return Fail(lineNumber, id, topicError);
                }

                (direction, var directionError) = ReadLabel(root, "direction", Taxonomy.TryParseDirection,
                    $"one of {string.Join(", ", Taxonomy.Directions)}");
                if (directionError is not null)
                {
                    return Fail(lineNumber, id, directionError);
                }
            }

            return new NoteRecord(lineNumber, id, new Note(text!, role, seniorName, juniorName), topic, direction, null);
        }
    }

    /// <summary>The id: a non-blank string or a number (kept as its JSON text), at most the id limit long.</summary>
    private static (string? Id, RecordError? Error) ReadId(JsonElement root, RecordLimits limits)
    {
        if (!root.TryGetProperty("id", out var element) || element.ValueKind == JsonValueKind.Null)
        {
            return (null, new RecordError(ValidationCodes.Empty, "id", "\"id\" is missing."));
        }

        var id = element.ValueKind switch
        {
            JsonValueKind.String => element.GetString()!,
            JsonValueKind.Number => element.GetRawText(),
            _ => null,
        };
        if (id is null)
        {
            return (null, new RecordError(ValidationCodes.InvalidValue, "id", "\"id\" must be a string or a number."));
        }

        if (string.IsNullOrWhiteSpace(id))
        {
            return (null, new RecordError(ValidationCodes.Empty, "id", "\"id\" is empty."));
        }

        if (id.Length > limits.MaxIdLength)
        {
            return (null, new RecordError(ValidationCodes.TooLong, "id", $"\"id\" is longer than {limits.MaxIdLength} characters."));
        }

        return (id, null);
    }

    private static (string? Text, RecordError? Error) ReadText(JsonElement root, RecordLimits limits)
    {
        if (!root.TryGetProperty("text", out var element) || element.ValueKind == JsonValueKind.Null)
        {
            return (null, new RecordError(ValidationCodes.Empty, "text", "\"text\" is missing; it must be a non-empty string."));
        }

        if (element.ValueKind != JsonValueKind.String)
        {
            return (null, new RecordError(ValidationCodes.InvalidValue, "text", "\"text\" must be a string."));
        }

        var text = element.GetString()!;
        if (string.IsNullOrWhiteSpace(text))
        {
            return (null, new RecordError(ValidationCodes.Empty, "text", "\"text\" is empty or only whitespace."));
        }

        if (text.Length > limits.MaxTextLength)
        {
            return (null, new RecordError(ValidationCodes.TooLong, "text", $"\"text\" has {text.Length} characters; the limit is {limits.MaxTextLength}."));
        }

        return (text, null);
    }

    private static (ParticipantRole Role, RecordError? Error) ReadAuthorRole(JsonElement root)
    {
        if (!root.TryGetProperty("authorRole", out var element) || element.ValueKind == JsonValueKind.Null)
        {
            return (default, new RecordError(ValidationCodes.MissingField, "authorRole", "\"authorRole\" is missing; it must be \"SENIOR\" or \"JUNIOR\"."));
        }

        var value = element.ValueKind == JsonValueKind.String ? element.GetString() : null;
        return ParticipantRoles.TryParse(value, out var role)
            ? (role, null)
            : (default, new RecordError(ValidationCodes.InvalidValue, "authorRole", "\"authorRole\" must be \"SENIOR\" or \"JUNIOR\"."));
    }

    /// <summary>An optional participant name: absent or null means unknown (then only pronouns are mapped to roles).</summary>
    private static (string? Name, RecordError? Error) ReadName(JsonElement root, string property, RecordLimits limits)
    {
        if (!root.TryGetProperty(property, out var element) || element.ValueKind == JsonValueKind.Null)
        {
            return (null, null);
        }

        if (element.ValueKind != JsonValueKind.String)
        {
            return (null, new RecordError(ValidationCodes.InvalidValue, property, $"\"{property}\" must be a string."));
        }

        var name = element.GetString()!;
        return name.Length > limits.MaxNameLength
            ? (null, new RecordError(ValidationCodes.TooLong, property, $"\"{property}\" is longer than {limits.MaxNameLength} characters."))
            : (name, null);
    }

    /// <summary>A required label, read by <paramref name="tryParse"/> into its one output form.</summary>
    private static (string? Label, RecordError? Error) ReadLabel(JsonElement root, string property, LabelParser tryParse, string allowed)
    {
        if (!root.TryGetProperty(property, out var element) || element.ValueKind == JsonValueKind.Null)
        {
            return (null, new RecordError(ValidationCodes.MissingField, property, $"\"{property}\" is missing; it must be {allowed}."));
        }

        var value = element.ValueKind == JsonValueKind.String ? element.GetString() : null;
        return tryParse(value, out var label)
            ? (label, null)
            : (null, new RecordError(ValidationCodes.InvalidValue, property, $"\"{property}\" must be {allowed}."));
    }

    private delegate bool LabelParser(string? value, [NotNullWhen(true)] out string? label);

    private static NoteRecord Fail(int lineNumber, string? id, RecordError error) => new(lineNumber, id, null, null, null, error);
}
