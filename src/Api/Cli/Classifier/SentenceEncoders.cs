using System.Collections.Concurrent;
using MentorGraph.Analytics.DefaultModel;
using MentorGraph.Analytics.Embeddings;

namespace MentorGraph.Api.Cli.Classifier;

/// <summary>
/// The sentence encoders of one command run: each model loaded at most once (an ONNX session holds about
/// 300 MB), with the embeddings of the corpus and the development set already in its store, so that
/// training on the corpus or scoring the development set encodes none of their notes.
/// </summary>
internal static class SentenceEncoders
{
    private static readonly ConcurrentDictionary<string, Lazy<NoteEmbedder>> Embedders = new(StringComparer.Ordinal);

    public static NoteEmbedder Embedder(string model) =>
        Embedders.GetOrAdd(model, m => new Lazy<NoteEmbedder>(() =>
        {
            var encoder = OnnxSentenceEncoder.Create(m);
            return new NoteEmbedder(encoder, EmbeddedEmbeddings.Store(encoder.Model, encoder.Dimensions));
        })).Value;
}
