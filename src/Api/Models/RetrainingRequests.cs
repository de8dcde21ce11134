using Hangfire;
using Hangfire.States;

namespace MentorGraph.Api.Models;

/// <summary>What asking for a retraining did: queued <see cref="JobId"/>, or found it already queued or running (<see cref="State"/>).</summary>
public sealed record RetrainingRequest(string JobId, bool Queued, string State);

/// <summary>
/// Queues <see cref="RetrainClassifierJob"/> for <c>retrainClassifier</c> — unless one is already queued or running, in
/// any process: a second request gets that job back instead of a second one (a second retraining would only train the
/// same challenger again and be rejected as a tie). The last queued job's id is kept in Hangfire's storage (a hash), and
/// check-then-enqueue runs under Hangfire's distributed lock, so two admins at once queue one job. A job in a final
/// state (succeeded, failed, deleted) or expired from the storage frees the slot.
/// </summary>
public sealed class RetrainingRequests(JobStorage storage, IBackgroundJobClient client)
{
    /// <summary>The Hangfire hash that holds the last retraining job's id.</summary>
    public const string HashKey = "mentorgraph:retrain-classifier";

    private const string LockResource = "mentorgraph:retrain-classifier:request";

    private static readonly HashSet<string> InProgress =
        new(StringComparer.OrdinalIgnoreCase) { EnqueuedState.StateName, ProcessingState.StateName, ScheduledState.StateName, AwaitingState.StateName };

    public RetrainingRequest Request()
    {
        using var connection = storage.GetConnection();
        using var _ = connection.AcquireDistributedLock(LockResource, TimeSpan.FromSeconds(15));
        if (connection.GetAllEntriesFromHash(HashKey) is { } entries
            && entries.TryGetValue("jobId", out var previous)
            && connection.GetStateData(previous)?.Name is { } state
            && InProgress.Contains(state))
        {
            return new RetrainingRequest(previous, false, state);
        }

        var jobId = client.Enqueue<RetrainClassifierJob>(job => job.RunAsync(CancellationToken.None));
        connection.SetRangeInHash(HashKey, [new KeyValuePair<string, string>("jobId", jobId)]);
        return new RetrainingRequest(jobId, true, EnqueuedState.StateName);
    }
}
