namespace MentorGraph.GraphQL.Validation;

/// <summary>
/// What a rule remembers while one document is validated. Rules are shared by every validation, so a rule
/// that needs memory asks <see cref="ValidationContext.GetState{TState}"/> for its state instead of keeping
/// fields. A state is made once per validation context (one per thread) and cleared after each document,
/// so its collections are reused from one document to the next.
/// </summary>
public abstract class ValidationRuleState
{
    /// <summary>Forgets the document just validated (keep the collections, empty them).</summary>
    public abstract void Clear();

    /// <summary>The slot of a state type in every context's state table.</summary>
    internal static class SlotOf<TState>
        where TState : ValidationRuleState
    {
        public static readonly int Index = Interlocked.Increment(ref _slotCount) - 1;
    }

    private static int _slotCount;
}
