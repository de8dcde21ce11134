using System.Diagnostics;
using MentorGraph.Api.Schema.Classification;

namespace MentorGraph.Api.Hosting;

/// <summary>
/// Loads the API's classifier in the background when the host starts, so that the first
/// <c>classifyNote</c> does not wait for the default model to be read or trained. A failure is logged;
/// the first request that needs the classifier tries again.
/// </summary>
public sealed class ClassifierWarmup(ClassifierSource classifier, ILogger<ClassifierWarmup> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => Task.Run(() =>
    {
        var stopwatch = Stopwatch.StartNew();
        try
        {
            var loaded = classifier.Get();
            logger.LogInformation(
                "Note classifier ready in {Seconds:F1} s: {Source}, trained on {TrainingNotes} notes.",
                stopwatch.Elapsed.TotalSeconds, loaded.Source, loaded.Classifier.Metadata.TrainingNotes);
        }
        catch (Exception exception)
        {
            logger.LogError(exception, "The note classifier could not be loaded; classifyNote will try again when asked.");
        }
    }, stoppingToken);
}
