namespace MentorGraph.GraphQL.Validation.Cost;

/// <summary>
/// Costs are added and multiplied saturating at <see cref="Ceiling"/>, far above any sensible limit, so that a
/// document of huge list sizes is reported as too costly instead of overflowing into a small number.
/// </summary>
internal static class CostArithmetic
{
    public const long Ceiling = long.MaxValue / 4;

    public static long Add(long a, long b) => a >= Ceiling - b ? Ceiling : a + b;

    public static long Multiply(long a, long b) => a != 0 && b > Ceiling / a ? Ceiling : a * b;
}
