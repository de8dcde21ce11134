namespace MentorGraph.Analytics.Training;

/// <summary>
/// Counts the finished epochs of a classifier's two models, which train at the same time on two
/// threads, and reports each as a share of all epochs. Reports are made under a lock so that they
/// reach the caller one at a time and never go backwards.
/// </summary>
internal sealed class EpochProgress(IProgress<TrainingProgress>? progress, int totalEpochs)
{
    private readonly Lock _gate = new();
    private int _done;

    /// <summary>Reports the start of training (features being read), before any epoch.</summary>
    public void Start() => progress?.Report(new TrainingProgress("reading features", 0));

    /// <summary>Reports that <paramref name="model"/> finished its epoch <paramref name="epoch"/> of <paramref name="epochs"/>.</summary>
    public void EpochDone(string model, int epoch, int epochs)
    {
        if (progress is null)
        {
            return;
        }

        lock (_gate)
        {
            _done++;
            progress.Report(new TrainingProgress($"{model} model, epoch {epoch}/{epochs}", (double)_done / totalEpochs));
        }
    }
}
