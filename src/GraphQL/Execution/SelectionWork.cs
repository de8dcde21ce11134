using MentorGraph.GraphQL.Types;

namespace MentorGraph.GraphQL.Execution;

/// <summary>One object whose fields the next level runs: plan fields <see cref="First"/> to
/// <see cref="First"/> + <see cref="Count"/> (all of them, or one mutation root field at a time).</summary>
internal readonly record struct SelectionWork(
    ObjectType Type,
    object? Source,
    ObjectResult Target,
    SelectionPlan Plan,
    int First,
    int Count);
