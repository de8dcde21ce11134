namespace MentorGraph.GraphQL.Validation.Rules.Custom;

/// <summary>
/// The engine's limit on the work of spec 5.3.2 Field Selection Merging (not a spec rule): nested fields
/// that share response names multiply the pairs of fields to compare, so a few kilobytes of document can
/// ask for billions of comparisons. <see cref="FieldSelectionMerging"/> charges every comparison here;
/// past <see cref="GraphQLOptions.MaxFieldMergeComparisons"/> validation of the document is aborted with
/// an error that names the limit.
/// </summary>
internal sealed class FieldMergeBudget
{
    private int _remaining;

    /// <summary>Starts a document's budget from <paramref name="options"/>.</summary>
    public void Reset(GraphQLOptions options) => _remaining = options.MaxFieldMergeComparisons;

    /// <summary>Charges <paramref name="comparisons"/>; throws when the budget is spent.</summary>
    public void Spend(int comparisons)
    {
        _remaining -= comparisons;
        if (_remaining < 0)
        {
            throw new ValidationAbortedException(
                $"Validation aborted: comparing the fields that share response names takes more than the limit of {nameof(GraphQLOptions.MaxFieldMergeComparisons)} comparisons for one document.",
                nameof(GraphQLOptions.MaxFieldMergeComparisons));
        }
    }
}
