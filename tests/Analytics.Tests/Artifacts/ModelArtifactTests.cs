using MentorGraph.Analytics.Artifacts;
using MentorGraph.Analytics.Classification;
using MentorGraph.Analytics.Training;

namespace MentorGraph.Analytics.Tests.Artifacts;

public class ModelArtifactTests
{
    private static NoteClassifier Trained() => ClassifierTrainer.Train(TestNotes.Tiny(), new ClassifierOptions
    {
        Features = new() { HashBits = 14 },
    });

    [Fact]
    public void SaveAndLoad_RoundTripGivesSamePredictionsAndBytes()
    {
        var original = Trained();
        var bytes = ModelArtifact.ToBytes(original);
        var loaded = ModelArtifact.FromBytes(bytes);

        Assert.Equal(bytes, ModelArtifact.ToBytes(loaded));
        Assert.Equal(original.Metadata, loaded.Metadata with { Topics = original.Metadata.Topics, Directions = original.Metadata.Directions, Metrics = original.Metadata.Metrics });
        foreach (var note in TestNotes.Tiny())
        {
            var a = original.Classify(note.Note);
            var b = loaded.Classify(note.Note);
            Assert.Equal(a.TopicProbabilities, b.TopicProbabilities);
            Assert.Equal(a.DirectionProbabilities, b.DirectionProbabilities);
        }
    }

    [Fact]
    public void SaveAndLoad_ThroughAFile()
    {
        var path = Path.Combine(Path.GetTempPath(), $"mg-model-{Guid.NewGuid():N}.mgnc");
        try
        {
            var original = Trained();
            ModelArtifact.Save(original, path);
            Assert.Equal(ModelArtifact.ToBytes(original), ModelArtifact.ToBytes(ModelArtifact.Load(path)));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Load_FlippedByte_IsRejectedByChecksum()
    {
        var bytes = ModelArtifact.ToBytes(Trained());
        bytes[bytes.Length / 2] ^= 0x40;
        var error = Assert.Throws<ModelFormatException>(() => ModelArtifact.FromBytes(bytes));
        Assert.Contains("checksum", error.Message);
    }

    [Fact]
    public void Load_NotAModel_IsRejected()
    {
        Assert.Throws<ModelFormatException>(() => ModelArtifact.FromBytes("{\"hello\":1}"u8));
        Assert.Throws<ModelFormatException>(() => ModelArtifact.FromBytes([]));
    }

    [Fact]
    public void Load_Truncated_IsRejected()
    {
        var bytes = ModelArtifact.ToBytes(Trained());
        Assert.Throws<ModelFormatException>(() => ModelArtifact.FromBytes(bytes.AsSpan(0, bytes.Length - 100)));
    }
}
