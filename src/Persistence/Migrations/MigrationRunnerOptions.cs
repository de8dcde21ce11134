namespace MentorGraph.Persistence.Migrations;

/// <summary>Limits for one migration run.</summary>
public sealed record MigrationRunnerOptions
{
    /// <summary>How long to wait for another process that is migrating the same database (default 60 s).</summary>
    public TimeSpan LockTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>How long one migration file may run before it is cancelled and rolled back (default 10 min).</summary>
    public TimeSpan CommandTimeout { get; init; } = TimeSpan.FromMinutes(10);
}
