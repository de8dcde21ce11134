using MentorGraph.GraphQL.Language.Ast;

namespace MentorGraph.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.5.2.2 Fragment Spreads Must Not Form Cycles: no fragment spreads itself through any chain
/// of spreads (graphql-js: NoFragmentCycles). Each cycle is reported once, at the spreads that form it.
/// </summary>
public sealed class FragmentSpreadsMustNotFormCycles : ValidationRule
{
    public override void Enter(Node node, ValidationContext context)
    {
        if (node is FragmentDefinitionNode fragment)
        {
            Detect(fragment, context, context.GetState<State>());
        }
    }

    private static void Detect(FragmentDefinitionNode fragment, ValidationContext context, State state)
    {
        var name = fragment.Name.Value;
        if (!state.Visited.Add(name))
        {
            return;
        }

        var spreads = context.GetFragmentSpreads(fragment.SelectionSet);
        if (spreads.Count == 0)
        {
            return;
        }

        state.PathIndex[name] = state.Path.Count;
        foreach (var spread in spreads)
        {
            var target = spread.Name.Value;
            state.Path.Add(spread);
            if (!state.PathIndex.TryGetValue(target, out var cycleStart))
            {
                if (context.GetFragment(target) is { } next)
                {
                    Detect(next, context, state);
                }
            }
            else
            {
                var cycle = state.Path.Skip(cycleStart).ToList();
                var via = cycle.Count > 1 ? " via " + string.Join(", ", cycle.Take(cycle.Count - 1).Select(s => $"\"{s.Name.Value}\"")) : string.Empty;
                context.ReportError($"Cannot spread fragment \"{target}\" within itself{via}.", cycle.Cast<Node>().ToArray());
            }

            state.Path.RemoveAt(state.Path.Count - 1);
        }

        state.PathIndex.Remove(name);
    }

    /// <summary>The fragments already checked, and the spreads on the path being followed.</summary>
    private sealed class State : ValidationRuleState
    {
        public HashSet<string> Visited { get; } = new(StringComparer.Ordinal);

        public List<FragmentSpreadNode> Path { get; } = [];

        public Dictionary<string, int> PathIndex { get; } = new(StringComparer.Ordinal);

        public override void Clear()
        {
            Visited.Clear();
            Path.Clear();
            PathIndex.Clear();
        }
    }
}
