using MentorGraph.GraphQL.Language.Ast;

namespace MentorGraph.GraphQL.Execution;

/// <summary>
/// The result of CollectFields (spec 6.3.2) as flat, reusable lists: the response keys in the order they
/// first appear, every field node with the index of its key, and the fragments already visited. One
/// instance serves every selection of a request, so collecting allocates nothing once it has grown.
/// </summary>
internal sealed class CollectedFields
{
    /// <summary>Past this many keys (or fragments) a look-up table replaces the linear search.</summary>
    private const int LinearSearchLimit = 16;

    private readonly List<string> _keys = [];
    private readonly List<FieldNode> _nodes = [];
    private readonly List<int> _keyOfNode = [];
    private readonly List<string> _visitedFragments = [];
    private Dictionary<string, int>? _keyIndex;
    private HashSet<string>? _visitedIndex;

    public int KeyCount => _keys.Count;

    public string KeyAt(int key) => _keys[key];

    public void Clear()
    {
        _keys.Clear();
        _nodes.Clear();
        _keyOfNode.Clear();
        _visitedFragments.Clear();
        _keyIndex?.Clear();
        _visitedIndex?.Clear();
    }

    public void Add(FieldNode field)
    {
        var responseKey = field.ResponseKey;
        var key = IndexOf(responseKey);
        if (key < 0)
        {
            key = _keys.Count;
            _keys.Add(responseKey);
            if (_keyIndex is not null)
            {
                _keyIndex[responseKey] = key;
            }
            else if (_keys.Count > LinearSearchLimit)
            {
                _keyIndex = new Dictionary<string, int>(StringComparer.Ordinal);
                for (var i = 0; i < _keys.Count; i++)
                {
                    _keyIndex[_keys[i]] = i;
                }
            }
        }

        _nodes.Add(field);
        _keyOfNode.Add(key);
    }

    /// <summary>Marks a fragment visited; false when it already was (each fragment is collected once).</summary>
    public bool VisitFragment(string name)
    {
        if (_visitedIndex is not null)
        {
            return _visitedIndex.Add(name);
        }

        if (_visitedFragments.Contains(name))
        {
            return false;
        }

        _visitedFragments.Add(name);
        if (_visitedFragments.Count > LinearSearchLimit)
        {
            _visitedIndex = new HashSet<string>(_visitedFragments, StringComparer.Ordinal);
        }

        return true;
    }

    /// <summary>The field nodes of one key, in document order.</summary>
    public FieldNode[] NodesOf(int key)
    {
        var count = 0;
        for (var i = 0; i < _keyOfNode.Count; i++)
        {
            if (_keyOfNode[i] == key)
            {
                count++;
            }
        }

        var nodes = new FieldNode[count];
        count = 0;
        for (var i = 0; i < _keyOfNode.Count; i++)
        {
            if (_keyOfNode[i] == key)
            {
                nodes[count++] = _nodes[i];
            }
        }

        return nodes;
    }

    /// <summary>The collected fields as the public <see cref="FieldCollection"/> methods return them.</summary>
    public OrderedDictionary<string, List<FieldNode>> ToDictionary()
    {
        var fields = new OrderedDictionary<string, List<FieldNode>>(StringComparer.Ordinal);
        for (var key = 0; key < _keys.Count; key++)
        {
            fields.Add(_keys[key], [.. NodesOf(key)]);
        }

        return fields;
    }

    private int IndexOf(string responseKey)
    {
        if (_keyIndex is not null)
        {
            return _keyIndex.TryGetValue(responseKey, out var index) ? index : -1;
        }

        for (var i = 0; i < _keys.Count; i++)
        {
            if (string.Equals(_keys[i], responseKey, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
