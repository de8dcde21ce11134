using System.Text.Json;

namespace MentorGraph.Analytics.Records;

/// <summary>
/// Parses and validates one record <c>{"id","text","authorRole","seniorName","juniorName"}</c>
/// (plus <c>"topic"</c> and <c>"direction"</c> when labels are required). Unknown properties are ignored.
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
            return Fail(lineNumber, null, RecordError.InvalidJson, $"Line {lineNumber} is not valid JSON: {e.Message}");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return Fail(lineNumber, null, RecordError.InvalidJson, $"Line {lineNumber} is not a JSON object.");
            }

            if (!TryReadId(root, limits, out var id, out var idError))
            {
                return Fail(lineNumber, null, RecordError.InvalidId, idError);
            }

            if (!root.TryGetProperty("text", out var textElement) || textElement.ValueKind != JsonValueKind.String ||
                string.IsNullOrWhiteSpace(textElement.GetString()))
            {
                return Fail(lineNumber, id, RecordError.MissingText, "\"text\" must be a non-empty string.");
            }

            var text = textElement.GetString()!;
            if (text.Length > limits.MaxTextLength)
            {
                return Fail(lineNumber, id, RecordError.TextTooLong,
                    $"\"text\" has {text.Length} characters; the limit is {limits.MaxTextLength}.");
            }

            var roleText = root.TryGetProperty("authorRole", out var roleElement) && roleElement.ValueKind == JsonValueKind.String
                ? roleElement.GetString()
                : null;
            if (!ParticipantRoles.TryParse(roleText, out var role))
            {
                return Fail(lineNumber, id, RecordError.InvalidAuthorRole, "\"authorRole\" must be \"SENIOR\" or \"JUNIOR\".");
            }

            if (!TryReadName(root, "seniorName", limits, out var seniorName, out var nameError) ||
                !TryReadName(root, "juniorName", limits, out var juniorName, out nameError))
            {
                return Fail(lineNumber, id, RecordError.InvalidName, nameError);
            }

            string? topic = null;
            string? direction = null;
            if (requireLabels)
            {
                topic = ReadString(root, "topic");
                if (!Taxonomy.IsTopic(topic))
                {
                    return Fail(lineNumber, id, RecordError.InvalidTopic,
                        $"\"topic\" must be one of: {string.Join(", ", Taxonomy.Topics)}.");
                }

                direction = ReadString(root, "direction");
                if (!Taxonomy.IsDirection(direction))
                {
                    return Fail(lineNumber, id, RecordError.InvalidDirection,
                        $"\"direction\" must be one of: {string.Join(", ", Taxonomy.Directions)}.");
                }
            }

            return new NoteRecord(lineNumber, id, new Note(text, role, seniorName, juniorName), topic, direction, null);
        }
    }

    private static bool TryReadId(JsonElement root, RecordLimits limits, out string? id, out string error)
    {
        id = null;
        error = "";
        if (!root.TryGetProperty("id", out var element))
        {
            error = "\"id\" is missing.";
            return false;
        }

        id = element.ValueKind switch
        {
            JsonValueKind.String => element.GetString(),
            JsonValueKind.Number => element.GetRawText(),
            _ => null,
        };
        if (string.IsNullOrEmpty(id))
        {
            id = null;
            error = "\"id\" must be a non-empty string or a number.";
            return false;
        }

        if (id.Length > limits.MaxIdLength)
        {
            id = null;
            error = $"\"id\" is longer than {limits.MaxIdLength} characters.";
            return false;
        }

        return true;
    }

    private static bool TryReadName(JsonElement root, string property, RecordLimits limits, out string? name, out string error)
    {
        name = null;
        error = "";
        if (!root.TryGetProperty(property, out var element) || element.ValueKind == JsonValueKind.Null)
        {
            return true; // names are optional: without them only pronouns are mapped to roles
        }

        if (element.ValueKind != JsonValueKind.String)
        {
            error = $"\"{property}\" must be a string.";
            return false;
        }

        name = element.GetString()!;
        if (name.Length > limits.MaxNameLength)
        {
            error = $"\"{property}\" is longer than {limits.MaxNameLength} characters.";
            return false;
        }

        return true;
    }

    private static string? ReadString(JsonElement root, string property) =>
        root.TryGetProperty(property, out var element) && element.ValueKind == JsonValueKind.String ? element.GetString() : null;

    private static NoteRecord Fail(int lineNumber, string? id, string code, string message) =>
        new(lineNumber, id, null, null, null, new RecordError(code, message));
}
