using MentorGraph.Analytics.Artifacts;
using MentorGraph.Analytics.Classification;

namespace MentorGraph.Api.Cli.Classifier;

/// <summary>The <c>--model FILE</c> option: a saved model, or the default model trained from the embedded corpus.</summary>
internal static class ModelArguments
{
    public const string Help = "  --model FILE          a model saved by 'train' (default: the built-in model, trained from the corpus on first use and cached)";

    /// <summary>The chosen classifier; a missing or damaged file is a <see cref="CommandFailedException"/>.</summary>
    public static NoteClassifier Load(CommandArguments args)
    {
        var path = args.String("model");
        if (path is null)
        {
            return Hosting.BuiltInModel.Get().Classifier;
        }

        try
        {
            return ModelArtifact.Load(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ModelFormatException)
        {
            throw new CommandFailedException($"Cannot load model '{path}': {e.Message}");
        }
    }
}

/// <summary>A command could not do its work (missing file, damaged model); it prints the message and exits with 1.</summary>
internal sealed class CommandFailedException(string message) : Exception(message);
