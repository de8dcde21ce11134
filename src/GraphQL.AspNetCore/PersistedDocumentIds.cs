using System.Security.Cryptography;
using System.Text;

namespace MentorGraph.GraphQL.AspNetCore;

/// <summary>
/// The ids of persisted documents: the SHA-256 of the document's exact text (UTF-8, not normalised — the text a
/// client would send, as Apollo's persisted query manifests and Relay's persisted queries hash it), written as 64
/// lowercase hex digits. A client may send it bare (Apollo's <c>sha256Hash</c>) or as <c>sha256:&lt;hex&gt;</c> (the
/// GraphQL-over-HTTP persisted documents appendix).
/// </summary>
public static class PersistedDocumentIds
{
    private const string Prefix = "sha256:";

    /// <summary>The id of a document text.</summary>
    public static string Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    /// <summary>The id as stored (64 lowercase hex digits) from what a client sent; false when it is not a SHA-256.</summary>
    public static bool TryNormalize(string sent, out string id)
    {
        var hex = sent.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase) ? sent[Prefix.Length..] : sent;
        id = hex.ToLowerInvariant();
        return id.Length == 64 && id.All(char.IsAsciiHexDigitLower);
    }
}
