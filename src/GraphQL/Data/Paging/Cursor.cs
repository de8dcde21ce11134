using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using MentorGraph.GraphQL.Data.Sorting;

namespace MentorGraph.GraphQL.Data.Paging;

/// <summary>
/// Keyset cursors: opaque to clients, base64url of a small JSON document <c>[version, order, [values]]</c> —
/// the order's signature (entity and keys with directions) and the row's value for each key, the entity's
/// key last — followed by a 6-byte checksum. Decoding checks the checksum (an edited or truncated cursor is
/// <see cref="DataErrorCodes.InvalidCursor"/>), the version, and that the cursor was made for the order
/// being read (<see cref="DataErrorCodes.CursorOrderMismatch"/>). The checksum is not a secret: a client who
/// forges a cursor can only start a page at another position of the same filtered, permitted rows.
/// </summary>
internal static class Cursor
{
    private const int Version = 1;
    private const int ChecksumLength = 6;

    /// <summary>What identifies an order in its cursors: <c>Person|name:ASC,(key):ASC</c>.</summary>
    public static string Signature(string entity, IReadOnlyList<OrderKey> keys) =>
        entity + "|" + string.Join(",", keys.Select(k => k.Signature));

    /// <summary>The cursor of a row whose order keys have <paramref name="values"/>.</summary>
    public static string Encode(string signature, IReadOnlyList<object?> values)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            writer.WriteNumberValue(Version);
            writer.WriteStringValue(signature);
            writer.WriteStartArray();
            foreach (var value in values)
            {
                WriteValue(writer, value);
            }

            writer.WriteEndArray();
            writer.WriteEndArray();
        }

        var payload = buffer.ToArray();
        return Base64Url.EncodeToString([.. payload, .. Checksum(payload)]);
    }

    /// <summary>The key values of <paramref name="cursor"/>, typed as <paramref name="keys"/>; throws a GraphQL error naming <paramref name="argument"/>.</summary>
    public static object?[] Decode(string cursor, string argument, string signature, IReadOnlyList<OrderKey> keys)
    {
        byte[] bytes;
        try
        {
            bytes = Base64Url.DecodeFromChars(cursor);
        }
        catch (FormatException)
        {
            throw Invalid(argument, "it is not base64url text");
        }

        if (bytes.Length <= ChecksumLength || !Checksum(bytes.AsSpan(0, bytes.Length - ChecksumLength)).AsSpan().SequenceEqual(bytes.AsSpan(bytes.Length - ChecksumLength)))
        {
            throw Invalid(argument, "it was changed or cut short");
        }

        try
        {
            using var document = JsonDocument.Parse(bytes.AsMemory(0, bytes.Length - ChecksumLength));
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Array || root.GetArrayLength() != 3 || root[0].ValueKind != JsonValueKind.Number || root[0].GetInt32() != Version)
            {
                throw Invalid(argument, "it was made by another version of the server");
            }

            var made = root[1].GetString();
            if (made != signature)
            {
                throw DataErrors.Paging(
                    $"The cursor given as \"{argument}\" was made for another order ({made}); this request reads {signature}. Ask for the first page again with this order.",
                    DataErrorCodes.CursorOrderMismatch);
            }

            var values = root[2];
            if (values.ValueKind != JsonValueKind.Array || values.GetArrayLength() != keys.Count)
            {
                throw Invalid(argument, "its values do not fit the order");
            }

            var result = new object?[keys.Count];
            for (var i = 0; i < keys.Count; i++)
            {
                result[i] = ReadValue(values[i], keys[i].KeyType);
                if (result[i] is null && !keys[i].IsNullable)
                {
                    throw Invalid(argument, "its values do not fit the order");
                }
            }

            return result;
        }
        catch (Exception exception) when (exception is JsonException or FormatException or InvalidOperationException or OverflowException)
        {
            throw Invalid(argument, "its content is not readable");
        }
    }

    private static GraphQLException Invalid(string argument, string why) =>
        DataErrors.Paging($"The cursor given as \"{argument}\" is not valid: {why}. Use a cursor from this connection's edges or pageInfo.", DataErrorCodes.InvalidCursor);

    private static byte[] Checksum(ReadOnlySpan<byte> payload) => SHA256.HashData(payload)[..ChecksumLength];

    private static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string text:
                writer.WriteStringValue(text);
                break;
            case bool flag:
                writer.WriteBooleanValue(flag);
                break;
            case int or long or short or byte:
                writer.WriteNumberValue(Convert.ToInt64(value, CultureInfo.InvariantCulture));
                break;
            case double number:
                writer.WriteNumberValue(number);
                break;
            case float number:
                writer.WriteNumberValue(number);
                break;
            case decimal number:
                writer.WriteNumberValue(number);
                break;
            case DateTimeOffset instant:
                writer.WriteStringValue(instant.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture));
                break;
            case DateTime instant:
                writer.WriteStringValue(instant.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture));
                break;
            case DateOnly date:
                writer.WriteStringValue(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                break;
            case Guid guid:
                writer.WriteStringValue(guid.ToString("D"));
                break;
            default:
                throw new InvalidOperationException($"A sort key's value of type {value.GetType().Name} cannot be put in a cursor.");
        }
    }

    private static object? ReadValue(JsonElement element, Type type)
    {
        if (element.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        var target = Nullable.GetUnderlyingType(type) ?? type;
        return Type.GetTypeCode(target) switch
        {
            TypeCode.String => element.GetString(),
            TypeCode.Boolean => element.GetBoolean(),
            TypeCode.Int32 => element.GetInt32(),
            TypeCode.Int64 => element.GetInt64(),
            TypeCode.Int16 => element.GetInt16(),
            TypeCode.Byte => element.GetByte(),
            TypeCode.Double => element.GetDouble(),
            TypeCode.Single => element.GetSingle(),
            TypeCode.Decimal => element.GetDecimal(),
            TypeCode.DateTime => DateTime.Parse(element.GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal),
            _ when target == typeof(DateTimeOffset) => DateTimeOffset.ParseExact(element.GetString()!, "O", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal),
            _ when target == typeof(DateOnly) => DateOnly.ParseExact(element.GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture),
            _ when target == typeof(Guid) => Guid.ParseExact(element.GetString()!, "D"),
            _ => throw new InvalidOperationException($"A sort key of type {target.Name} cannot be read from a cursor."),
        };
    }
}
