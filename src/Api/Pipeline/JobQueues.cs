using MentorGraph.Persistence.Entities;

namespace MentorGraph.Api.Pipeline;

/// <summary>
/// The Hangfire queues of the pipeline. New and edited notes go first: a job server lists <see cref="Notes"/> before
/// <see cref="Reclassify"/>, a re-classification job works for about 10 s and then enqueues the next (so it never holds a
/// worker for long), and at most one of each is waiting at a time (<see cref="ClassificationTrigger"/>).
/// </summary>
public static class JobQueues
{
    /// <summary>New and edited notes, and the sweep.</summary>
    public const string Notes = "notes";

    /// <summary>Notes without a result from the active model (seeded, imported, after an activation).</summary>
    public const string Reclassify = "reclassify";

    /// <summary>The pairings' housekeeping (expiring proposals, marking pairings at risk): last, it is never urgent.</summary>
    public const string Housekeeping = "housekeeping";

    /// <summary>What a job server listens to, first queue first.</summary>
    public static readonly string[] All = [Notes, Reclassify, Housekeeping];

    public static string Of(short priority) => priority == ClassificationOutboxEntry.NewNote ? Notes : Reclassify;
}
