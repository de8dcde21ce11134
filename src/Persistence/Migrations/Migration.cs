namespace MentorGraph.Persistence.Migrations;

/// <summary>
/// One versioned SQL file from the migrations folder, e.g. <c>0003_add_sessions.sql</c>:
/// version 3, name <c>add_sessions</c>.
/// </summary>
/// <param name="Version">The number before the first underscore; unique and increasing.</param>
/// <param name="Name">The description after it, lowercase words joined by underscores.</param>
/// <param name="FileName">The file's name, for messages.</param>
/// <param name="Sql">The file's text, run as one transaction.</param>
/// <param name="Checksum">SHA-256 of the text (line endings normalized), recorded when applied.</param>
public sealed record Migration(long Version, string Name, string FileName, string Sql, string Checksum);
