namespace MentorGraph.Analytics.Learning;

/// <summary>One training example: a sparse feature vector (rows of the weight matrix and values), its class,
/// and how much it counts in the loss.</summary>
internal sealed record SparseExample(int[] Rows, float[] Values, int Label, float Weight = 1f);
