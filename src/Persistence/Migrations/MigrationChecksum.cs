using System.Security.Cryptography;
using System.Text;

namespace MentorGraph.Persistence.Migrations;

/// <summary>
/// The fingerprint recorded for an applied migration: lowercase hex SHA-256 of its UTF-8 text with
/// CRLF and CR line endings turned into LF, so a checkout with other line endings does not count as a change.
/// </summary>
public static class MigrationChecksum
{
    public static string Of(string sql)
    {
        var normalized = sql.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalized)));
    }
}
