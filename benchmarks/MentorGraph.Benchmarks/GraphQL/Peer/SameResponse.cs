namespace MentorGraph.Benchmarks.GraphQL.Peer;

/// <summary>
/// The check run before the peer comparison is timed: both engines must answer a case with the same JSON
/// bytes (no normalising), or the comparison would time different work.
/// </summary>
public static class SameResponse
{
    public static void Check(string benchmarkCase, string ours, string peer)
    {
        if (ours == peer)
        {
            return;
        }

        var at = 0;
        while (at < ours.Length && at < peer.Length && ours[at] == peer[at])
        {
            at++;
        }

        var from = Math.Max(0, at - 120);
        var file = Path.Combine(Path.GetTempPath(), "peer-check-" + string.Concat(benchmarkCase.Where(char.IsLetterOrDigit)));
        File.WriteAllText(file + ".ours.json", ours);
        File.WriteAllText(file + ".graphql-dotnet.json", peer);
        throw new InvalidOperationException(
            $"The engines answer \"{benchmarkCase}\" differently (first difference at character {at} of {ours.Length} / {peer.Length};"
            + $" both responses are in {file}.*.json):\n"
            + $"ours:           …{Excerpt(ours, from)}…\n"
            + $"graphql-dotnet: …{Excerpt(peer, from)}…");
    }

    private static string Excerpt(string json, int from) => json.Substring(Math.Min(from, json.Length), Math.Min(240, Math.Max(0, json.Length - from)));
}
