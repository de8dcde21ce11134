using System.CommandLine;
using MentorGraph.Analytics.Artifacts;
using MentorGraph.Analytics.Classification;
using MentorGraph.Analytics.DefaultModel;
using MentorGraph.Api.Configuration;

namespace MentorGraph.Api.Cli.Classifier;

/// <summary>The <c>--model FILE</c> option: a saved model, or the built-in model (trained from the corpus on first use and cached).</summary>
internal static class ModelOption
{
    public static Option<string?> Create() => CliOptions.Text("--model", "FILE",
        "A model saved by 'train' (default: the built-in model, trained from the corpus on first use and cached in Classifier:CacheDirectory).");

    /// <summary>The chosen classifier; a missing or damaged file is a <see cref="CommandFailedException"/>.</summary>
    public static NoteClassifier Load(CliContext context, string? path)
    {
        if (path is null)
        {
            var settings = SettingsBinder.Read<ClassifierSettings>(CommandSettings.Build(context));
            var cache = new DefaultClassifierSettings
            {
                CacheDirectory = settings.ResolveCacheDirectory(context.GetEnvironmentVariable),

                // The one encoder of this process (train/evaluate in the same process use it too).
                Encoder = SentenceEncoders.Embedder(DefaultClassifierOptions.EmbeddingModel).Encoder,
            };
            return TerminalProgress.Run(context, "Built-in model (first use: training from the corpus)",
                progress => DefaultClassifier.Load(cache, progress).Classifier);
        }

        try
        {
            var metadata = ModelPackage.ReadMetadata(path);
            var embedder = metadata.EmbeddingModel is { } model ? SentenceEncoders.Embedder(model) : null;
            return ModelPackage.Load(path, embedder);
        }
        catch (ArgumentException e) when (e.ParamName == "model")
        {
            throw new CommandFailedException($"Cannot load model '{path}': {e.Message}");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ModelFormatException)
        {
            throw new CommandFailedException($"Cannot load model '{path}': {e.Message}");
        }
    }
}
