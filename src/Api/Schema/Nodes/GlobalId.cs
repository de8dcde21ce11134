using System.Globalization;
using System.Text;

namespace MentorGraph.Api.Schema.Nodes;

/// <summary>
/// Global object ids in HotChocolate's format (since v14): base64 of <c>TypeName:key</c>, e.g. <c>Pairing:42</c> →
/// <c>UGFpcmluZzo0Mg==</c>. Opaque to clients, but stable and readable by anyone who decodes it — an id is a name,
/// not a secret: what a viewer may read is decided by the visibility rules, never by the id being hard to guess.
/// </summary>
public static class GlobalId
{
    /// <summary>The id of the <paramref name="typeName"/> row with <paramref name="key"/>.</summary>
    public static string Encode(string typeName, long key) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(typeName + ":" + key.ToString(CultureInfo.InvariantCulture)));

    /// <summary>The type and key of <paramref name="id"/>; false when it is not an id this server made.</summary>
    public static bool TryDecode(string? id, out string typeName, out long key)
    {
        typeName = string.Empty;
        key = 0;
        if (string.IsNullOrEmpty(id) || id.Length > 200)
        {
            return false;
        }

        var bytes = new byte[id.Length];
        if (!Convert.TryFromBase64String(id, bytes, out var length))
        {
            return false;
        }

        string text;
        try
        {
            text = new UTF8Encoding(false, true).GetString(bytes, 0, length);
        }
        catch (DecoderFallbackException)
        {
            return false;
        }

        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0
            || !long.TryParse(text.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out key)
            || key <= 0
            || !NodeTypes.All.Contains(text[..colon]))
        {
            key = 0;
            return false;
        }

        typeName = text[..colon];
        return true;
    }

    /// <summary>The key of <paramref name="id"/> when it is an id of <paramref name="typeName"/>.</summary>
    public static bool TryDecode(string? id, string typeName, out long key) =>
        TryDecode(id, out var type, out key) && type == typeName || (key = 0) != 0;

    /// <summary>An id parser for a <c>where</c> filter's <c>id</c> field: ids of other types are refused.</summary>
    public static GraphQL.Data.Declarations.IdParser<long> Parser(string typeName) =>
        (string id, out long key) => TryDecode(id, typeName, out key);
}

/// <summary>The Node types of the API, the type names global ids carry.</summary>
public static class NodeTypes
{
    public const string Department = "Department";
    public const string Person = "Person";
    public const string Program = "Program";
    public const string Pairing = "Pairing";
    public const string Session = "Session";
    public const string SessionNote = "SessionNote";
    public const string SessionFeedback = "SessionFeedback";
    public const string Lesson = "Lesson";

    public static IReadOnlySet<string> All { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        Department, Person, Program, Pairing, Session, SessionNote, SessionFeedback, Lesson,
    };
}
