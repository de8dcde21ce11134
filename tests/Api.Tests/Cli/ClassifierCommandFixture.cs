using System.Text.Json;

namespace MentorGraph.Api.Tests.Cli;

/// <summary>A small labeled file and a model trained from it by the train command, shared by the command tests.</summary>
public sealed class ClassifierCommandFixture : IDisposable
{
    private static IReadOnlyDictionary<string, string> TopicWords => SampleTopicPhrases.ByTopic;

    public ClassifierCommandFixture()
    {
        Directory = Path.Combine(Path.GetTempPath(), $"mg-cli-{Guid.NewGuid():N}");
        System.IO.Directory.CreateDirectory(Directory);
        DataPath = Path.Combine(Directory, "train.jsonl");
        ModelPath = Path.Combine(Directory, "model.zip");
        File.WriteAllLines(DataPath, LabeledLines());
        var (code, _, error) = Run("train", "--data", DataPath, "--out", ModelPath, "--hash-bits", "14").GetAwaiter().GetResult();
        if (code != 0)
        {
            throw new InvalidOperationException($"train failed: {error}");
        }
    }

    public string Directory { get; }

    public string DataPath { get; }

    public string ModelPath { get; }

    public static string Record(string id, string text, string role = "JUNIOR", string? topic = null, string? direction = null) =>
        JsonSerializer.Serialize(topic is null
            ? new Dictionary<string, string> { ["id"] = id, ["text"] = text, ["authorRole"] = role, ["seniorName"] = "Tom Baker", ["juniorName"] = "Maya Lopez" }
            : new Dictionary<string, string>
            {
                ["id"] = id, ["text"] = text, ["authorRole"] = role, ["seniorName"] = "Tom Baker", ["juniorName"] = "Maya Lopez",
                ["topic"] = topic, ["direction"] = direction!,
            });

    public static IEnumerable<string> LabeledLines()
    {
        var i = 0;
        foreach (var (topic, words) in TopicWords)
        {
            yield return Record($"a{i}", $"I showed Tom {words}. He had not seen it before.", "JUNIOR", topic, "UPWARD");
            yield return Record($"b{i}", $"Tom walked me through {words} and I took notes.", "JUNIOR", topic, "DOWNWARD");
            yield return Record($"c{i}", $"Maya explained {words} to me.", "SENIOR", topic, "UPWARD");
            yield return Record($"d{i}", $"We swapped: I taught Maya {words}, she taught me hers.", "SENIOR", topic, "MUTUAL");
            i++;
        }
    }

    public static async Task<(int Code, string Output, string Error)> RunWithInput(string input, params string[] args)
    {
        return await CliRunner.RunAsync(input, null, args);
    }

    public static Task<(int Code, string Output, string Error)> Run(params string[] args) => RunWithInput("", args);

    public void Dispose()
    {
        System.IO.Directory.Delete(Directory, recursive: true);
    }
}
