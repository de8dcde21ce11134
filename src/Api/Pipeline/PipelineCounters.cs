namespace MentorGraph.Api.Pipeline;

/// <summary>What this process's classification jobs have done since it started (for its log and for tests that share a backlog between servers).</summary>
public sealed class PipelineCounters
{
    private long _notesClassified;
    private long _batches;

    public long NotesClassified => Interlocked.Read(ref _notesClassified);

    public long Batches => Interlocked.Read(ref _batches);

    /// <summary>Counts a committed batch of <paramref name="notes"/> notes.</summary>
    public void BatchCommitted(int notes)
    {
        Interlocked.Add(ref _notesClassified, notes);
        Interlocked.Increment(ref _batches);
    }
}
