using System.Security.Cryptography;
using System.Text;
using MentorGraph.Analytics.Artifacts;
using MentorGraph.Analytics.Classification;
using MentorGraph.Analytics.Embeddings;
using MentorGraph.Analytics.Training;

namespace MentorGraph.Analytics.DefaultModel;

/// <summary>
/// The model <c>classify</c> uses when given none: trained deterministically from the embedded
/// corpus and its embedded sentence embeddings on first use (no note is encoded), then cached as a file
/// named by a hash of the model version, the corpus and the training options — so a changed corpus or
/// pipeline never reuses a stale model. The cache directory is the host's choice
/// (<see cref="DefaultClassifierSettings"/>); this class keeps no process-wide instance either, so the
/// host decides how long a loaded model lives. If the directory cannot be written the model is kept in
/// memory only; a damaged cache file is replaced.
/// </summary>
public static class DefaultClassifier
{
    /// <summary>Loads the default model from the cache directory of <paramref name="settings"/>, or trains (and tries to cache) it.</summary>
    /// <param name="progress">Told how loading goes: the sentence encoder, then training when the model has to be trained.</param>
    public static (NoteClassifier Classifier, DefaultModelSource Source) Load(
        DefaultClassifierSettings settings, IProgress<TrainingProgress>? progress = null) =>
        Load(settings, DefaultClassifierOptions.Value, progress);

    /// <summary>As <see cref="Load(DefaultClassifierSettings, IProgress{TrainingProgress})"/> with other training options (tests use small, fast ones).</summary>
    internal static (NoteClassifier Classifier, DefaultModelSource Source) Load(
        DefaultClassifierSettings settings, ClassifierOptions options, IProgress<TrainingProgress>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        progress?.Report(new TrainingProgress(options.EmbeddingShare > 0 ? "loading the sentence encoder" : "reading the corpus", 0));
        var corpus = EmbeddedCorpus.Read();
        NoteEmbedder? embedder = null;
        if (options.EmbeddingShare > 0)
        {
            var encoder = settings.Encoder ?? OnnxSentenceEncoder.Create(DefaultClassifierOptions.EmbeddingModel);
            embedder = new NoteEmbedder(encoder, EmbeddedEmbeddings.Store(encoder.Model, encoder.Dimensions));
        }

        var path = string.IsNullOrWhiteSpace(settings.CacheDirectory)
            ? null
            : Path.Combine(settings.CacheDirectory, "models", $"note-classifier-{CacheKey(options, embedder?.Model)}.zip");
        if (path is not null && TryLoad(path, options, embedder) is { } cached)
        {
            progress?.Report(new TrainingProgress("read from the cache", 1));
            return (cached, DefaultModelSource.Cache);
        }

        var classifier = ClassifierTrainer.Train(corpus, options, embedder, ProgressPart.Of(progress, 0.02, 1, "training"));
        if (path is not null && TrySave(classifier, path))
        {
            return (classifier, DefaultModelSource.TrainedAndCached);
        }

        return (classifier, DefaultModelSource.TrainedInMemory);
    }

    /// <summary>16 hex digits of SHA-256 over the model version, the corpus hash, the encoder and the training options.</summary>
    internal static string CacheKey(ClassifierOptions options, string? encoder)
    {
        var key = $"{ModelMetadata.CurrentModelVersion}|{EmbeddedCorpus.Hash()}|{encoder}|{Encoding.UTF8.GetString(MetadataJson.SerializeOptions(options))}";
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..16];
    }

    private static NoteClassifier? TryLoad(string path, ClassifierOptions options, NoteEmbedder? embedder)
    {
        try
        {
            if (!File.Exists(path))
            {
                return null;
            }

            var classifier = ModelPackage.Load(path, embedder);
            return classifier.Metadata.TrainingSetHash == EmbeddedCorpus.Hash() && classifier.Metadata.Options == options ? classifier : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ModelFormatException)
        {
            return null;
        }
    }

    private static bool TrySave(NoteClassifier classifier, string path)
    {
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            ModelPackage.Save(classifier, path);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
