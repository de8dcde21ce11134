using System.Security.Cryptography;
using System.Text;
using MentorGraph.Analytics.Classification;

namespace MentorGraph.Analytics.Artifacts;

/// <summary>
/// What makes two models the same model: training is deterministic, so the pipeline version, the training
/// set, the sentence encoder and the training options decide every weight. The identity is 16 hex digits
/// of a SHA-256 over them — equal for two processes that trained (or loaded) the same model.
/// </summary>
public static class ModelIdentity
{
    public static string Of(ModelMetadata metadata)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        var key = $"{metadata.ModelVersion}|{metadata.TrainingSetHash}|{metadata.EmbeddingModel}|{Encoding.UTF8.GetString(MetadataJson.SerializeOptions(metadata.Options))}";
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..16];
    }
}
