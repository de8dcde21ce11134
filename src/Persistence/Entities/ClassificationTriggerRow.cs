namespace MentorGraph.Persistence.Entities;

/// <summary>
/// Coalesces the enqueueing of classification jobs across processes (table <c>classification_triggers</c>, one row
/// per outbox priority): see <c>src/Api/Pipeline/ClassificationTrigger.cs</c>.
/// </summary>
public sealed class ClassificationTriggerRow
{
    public short Priority { get; set; }

    public bool Pending { get; set; }

    public DateTimeOffset? RequestedAt { get; set; }
}
