using System.Security.Cryptography;
using System.Text;

namespace MentorGraph.Persistence.Models;

/// <summary>
/// The hash that says which text of a note a label (or a result) describes: SHA-256 of its UTF-8 bytes, as
/// 64 lower-case hex digits — computed the same way in C# and in SQL, so a statement can compare it with
/// the note's current text without reading the text out.
/// </summary>
public static class NoteTextHash
{
    /// <summary>The hash of <c>session_notes.text</c> in SQL (PostgreSQL 11+).</summary>
    public const string SqlOfNoteText = "encode(sha256(convert_to(text, 'UTF8')), 'hex')";

    public static string Of(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
