using MentorGraph.GraphQL.Language.Ast;

namespace MentorGraph.GraphQL.Validation;

/// <summary>
/// The first name node seen for each name, for the uniqueness rules: a short list searched in order
/// (documents define few operations or fragments), turned into a table past a few dozen names.
/// </summary>
internal sealed class FirstNames
{
    private const int LinearSearchLimit = 32;

    private readonly List<NameNode> _names = [];
    private Dictionary<string, NameNode>? _index;

    public bool TryGetValue(string name, out NameNode first)
    {
        if (_index is not null)
        {
            return _index.TryGetValue(name, out first!);
        }

        foreach (var candidate in _names)
        {
            if (candidate.Value == name)
            {
                first = candidate;
                return true;
            }
        }

        first = null!;
        return false;
    }

    /// <summary>Adds a name not seen before.</summary>
    public void Add(NameNode name)
    {
        if (_index is not null)
        {
            _index[name.Value] = name;
            return;
        }

        _names.Add(name);
        if (_names.Count > LinearSearchLimit)
        {
            _index = new Dictionary<string, NameNode>(StringComparer.Ordinal);
            foreach (var known in _names)
            {
                _index[known.Value] = known;
            }
        }
    }

    public void Clear()
    {
        _names.Clear();
        _index = null;
    }
}
