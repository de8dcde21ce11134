namespace MentorGraph.Analytics.Training;

/// <summary>
/// How far a long operation — training, cross-validation, the default model's first training — has
/// got, for a caller that shows it (the CLI on a terminal's stderr). Analytics writes nothing itself.
/// <para>
/// Reports come synchronously on the threads doing the work (training runs the topic model on a
/// second thread), one at a time and in order: each <see cref="Fraction"/> is at least the one before,
/// and the last is 1. A handler should be quick; <see cref="Progress{T}"/> without a synchronization
/// context hands reports to the thread pool, where they may run out of order.
/// </para>
/// </summary>
/// <param name="Stage">What is being done now, for people, e.g. <c>fold 2/5, topic model, epoch 12/30</c>.</param>
/// <param name="Fraction">The share of the whole operation done, from 0 to 1.</param>
public sealed record TrainingProgress(string Stage, double Fraction);
