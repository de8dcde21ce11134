using MentorGraph.GraphQL.Language.Ast;

namespace MentorGraph.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.5.2.2 Fragment Spreads Must Not Form Cycles: no fragment spreads itself through any chain
/// of spreads (graphql-js: NoFragmentCycles). Each cycle is reported once, at the spreads that form it.
/// </summary>
public sealed class FragmentSpreadsMustNotFormCycles : ValidationRule
{
    private readonly HashSet<string> _visited = new(StringComparer.Ordinal);
    private readonly List<FragmentSpreadNode> _path = [];
    private readonly Dictionary<string, int> _pathIndex = new(StringComparer.Ordinal);

    public override void Enter(Node node, ValidationContext context)
    {
        if (node is FragmentDefinitionNode fragment)
        {
            Detect(fragment, context);
        }
    }

    private void Detect(FragmentDefinitionNode fragment, ValidationContext context)
    {
        var name = fragment.Name.Value;
        if (!_visited.Add(name))
        {
            return;
        }

        var spreads = context.GetFragmentSpreads(fragment.SelectionSet);
        if (spreads.Count == 0)
        {
            return;
        }

        _pathIndex[name] = _path.Count;
        foreach (var spread in spreads)
        {
            var target = spread.Name.Value;
            _path.Add(spread);
            if (!_pathIndex.TryGetValue(target, out var cycleStart))
            {
                if (context.GetFragment(target) is { } next)
                {
                    Detect(next, context);
                }
            }
            else
            {
                var cycle = _path.Skip(cycleStart).ToList();
                var via = cycle.Count > 1 ? " via " + string.Join(", ", cycle.Take(cycle.Count - 1).Select(s => $"\"{s.Name.Value}\"")) : string.Empty;
                context.ReportError($"Cannot spread fragment \"{target}\" within itself{via}.", cycle.Cast<Node>().ToArray());
            }

            _path.RemoveAt(_path.Count - 1);
        }

        _pathIndex.Remove(name);
    }
}
