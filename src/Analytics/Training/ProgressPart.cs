namespace MentorGraph.Analytics.Training;

/// <summary>
/// One part of a longer operation reporting to the caller of the whole: the part's fractions 0–1 are
/// mapped onto <c>[start, end]</c> of the whole and its stages are prefixed with the part's name.
/// Consecutive parts share their bounds, so the whole never goes backwards.
/// </summary>
internal sealed class ProgressPart(IProgress<TrainingProgress> whole, double start, double end, string name) : IProgress<TrainingProgress>
{
    /// <summary>The part of <paramref name="whole"/> from <paramref name="start"/> to <paramref name="end"/>; null when nobody listens.</summary>
    public static IProgress<TrainingProgress>? Of(IProgress<TrainingProgress>? whole, double start, double end, string name) =>
        whole is null ? null : new ProgressPart(whole, start, end, name);

    public void Report(TrainingProgress value) =>
        whole.Report(new TrainingProgress($"{name}, {value.Stage}", Map(value.Fraction)));

    // A finished part is exactly at its end, and rounding never carries an unfinished one past it, so
    // the next part, which starts there, never reports less.
    private double Map(double fraction) => fraction >= 1 ? end : Math.Min(end, start + (end - start) * fraction);
}
