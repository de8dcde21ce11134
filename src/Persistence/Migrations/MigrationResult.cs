namespace MentorGraph.Persistence.Migrations;

/// <summary>What a run did: the migrations it applied now, in order, and how many were applied before.</summary>
public sealed record MigrationResult(IReadOnlyList<AppliedMigration> Applied, int AlreadyApplied);

/// <summary>A migration this run applied and committed, with the time it took.</summary>
public sealed record AppliedMigration(Migration Migration, TimeSpan Duration);
