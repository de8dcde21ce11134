namespace MentorGraph.Persistence.Migrations;

/// <summary>
/// A migration could not be loaded, checked or applied. The message says which file and why, in
/// words meant for the person running the command; nothing was left half-applied.
/// </summary>
public sealed class MigrationException : Exception
{
    public MigrationException(string message)
        : base(message)
    {
    }

    public MigrationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
