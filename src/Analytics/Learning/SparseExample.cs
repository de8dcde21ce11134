namespace MentorGraph.Analytics.Learning;

/// <summary>One training example: a sparse feature vector (rows of the weight matrix and values) and its class.</summary>
internal sealed record SparseExample(int[] Rows, float[] Values, int Label);
