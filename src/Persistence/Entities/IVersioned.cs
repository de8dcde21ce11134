namespace MentorGraph.Persistence.Entities;

/// <summary>
/// A row the application changes: <see cref="Version"/> is its optimistic-concurrency token, which
/// <see cref="MentorGraphDbContext"/> raises by one (and stamps <see cref="UpdatedAt"/>) on every update,
/// in one place, so no caller can forget it.
/// </summary>
public interface IVersioned
{
    /// <summary>1 when inserted, +1 on each update; an update of a stale version changes nothing.</summary>
    int Version { get; set; }

    DateTimeOffset UpdatedAt { get; set; }
}
