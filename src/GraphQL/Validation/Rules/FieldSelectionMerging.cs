using System.Text;
using MentorGraph.GraphQL.Language.Ast;
using MentorGraph.GraphQL.Types;
using MentorGraph.GraphQL.Validation.Rules.Custom;

namespace MentorGraph.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.3.2 Field Selection Merging: fields that share a response name in one selection set — through
/// inline fragments and fragment spreads too — must be mergeable (graphql-js: OverlappingFieldsCanBeMerged).
/// Two such fields must have the same response shape (<c>SameResponseShape</c>); unless their parent types
/// are two different object types (they can then never apply to the same object), they must also be the
/// same field with the same arguments, and their sub-selections must merge in turn (<c>FieldsInSetCanMerge</c>).
/// </summary>
/// <remarks>
/// Each selection set of the document is checked "within" once. Fields reached through a spread are then
/// compared "between" the spreading set and the fragment, and between pairs of fragments, never within
/// again. The comparisons of a field collection with a fragment and of two fragments are remembered (with
/// whether they were made under mutually exclusive parents), so a document with many fragments spread
/// in many places costs time proportional to the pairs compared, not to the number of paths through them.
/// </remarks>
public sealed class FieldSelectionMerging : ValidationRule
{
    /// <summary>Longest conflict description, and most field nodes per side, one error carries.</summary>
    internal const int MaxDetailLength = 1_000;

    internal const int MaxConflictNodes = 20;

    public override void Enter(Node node, ValidationContext context)
    {
        if (node is DocumentNode or InlineFragmentNode or SelectionSetNode)
        {
            context.GetState<Checker>().Enter(node, context);
        }
    }

    private static string Abbreviate(string text) =>
        text.Length > MaxDetailLength ? string.Concat(text.AsSpan(0, MaxDetailLength), "...") : text;

    /// <summary>The rule's work and memory for one document: the collected fields of each selection set
    /// (pooled, so later documents reuse them), the comparisons made, and the comparison budget.</summary>
    private sealed class Checker : ValidationRuleState
    {
        /// <summary>The engine's limit on comparisons per document (<see cref="GraphQLOptions.MaxFieldMergeComparisons"/>).</summary>
        private readonly FieldMergeBudget _budget = new();
        private readonly Dictionary<SelectionSetNode, CollectedFields> _collected = new(ReferenceEqualityComparer.Instance);
        private readonly List<CollectedFields> _pool = [];
        private readonly ComparisonMemo<CollectedFields, string> _comparedFieldsAndFragments = new(ReferenceEqualityComparer.Instance, StringComparer.Ordinal);
        private readonly ComparisonMemo<string, string> _comparedFragmentPairs = new(StringComparer.Ordinal, StringComparer.Ordinal);
        private readonly HashSet<SelectionSetNode> _inlineFragmentSets = new(ReferenceEqualityComparer.Instance);
        private int _pooledInUse;
        private ValidationContext _context = null!;

        public override void Clear()
        {
            _collected.Clear();
            for (var i = 0; i < _pooledInUse; i++)
            {
                _pool[i].Clear();
            }

            _pooledInUse = 0;
            _comparedFieldsAndFragments.Clear();
            _comparedFragmentPairs.Clear();
            _inlineFragmentSets.Clear();
            _context = null!;
        }

        public void Enter(Node node, ValidationContext context)
        {
            if (node is DocumentNode)
            {
                _budget.Reset(context.Options);
                return;
            }

            if (node is InlineFragmentNode inline)
            {
                // An inline fragment's fields belong to the enclosing selection set, which compares them
                // already; checking its own set again would report the same conflicts twice.
                _inlineFragmentSets.Add(inline.SelectionSet);
                return;
            }

            if (node is not SelectionSetNode selectionSet || _inlineFragmentSets.Contains(selectionSet))
            {
                return;
            }

            _context = context;
            var conflicts = FindConflictsWithin(context.TypeInfo.ParentType, selectionSet);
            if (conflicts is null)
            {
                return;
            }

            foreach (var conflict in conflicts)
            {
                context.ReportError(
                    $"Fields \"{Abbreviate(conflict.ResponseName)}\" conflict because {conflict.Reason}. Use different aliases on the fields to fetch both if this was intentional.",
                    [.. conflict.Fields1, .. conflict.Fields2]);
            }
        }

        /// <summary>Every conflict among the fields a selection set gathers, its fragments included; null when none.</summary>
        private List<Conflict>? FindConflictsWithin(NamedType? parentType, SelectionSetNode selectionSet)
        {
            List<Conflict>? conflicts = null;
            var fields = Collect(parentType, selectionSet);

            // Fields of this set against each other: the only place fields are compared within one collection.
            for (var first = 0; first < fields.Count; first++)
            {
                if (!fields[first].IsFirstOfName)
                {
                    continue;
                }

                for (var i = first; i >= 0; i = fields[i].NextOfName)
                {
                    for (var j = fields[i].NextOfName; j >= 0; j = fields[j].NextOfName)
                    {
                        AddIfConflict(ref conflicts, FindConflict(false, fields[i], fields[j]));
                    }
                }
            }

            // This set's own fields against each spread fragment, and the spread fragments against each other.
            for (var i = 0; i < fields.FragmentNames.Count; i++)
            {
                CompareFieldsWithFragment(ref conflicts, false, fields, fields.FragmentNames[i]);
                for (var j = i + 1; j < fields.FragmentNames.Count; j++)
                {
                    CompareFragments(ref conflicts, false, fields.FragmentNames[i], fields.FragmentNames[j]);
                }
            }

            return conflicts;
        }

        /// <summary>Conflicts between the sub-selections of two fields that share a response name; null when none.</summary>
        private List<Conflict>? FindConflictsBetweenSubSelections(
            bool mutuallyExclusive,
            NamedType? parentType1,
            SelectionSetNode selectionSet1,
            NamedType? parentType2,
            SelectionSetNode selectionSet2)
        {
            List<Conflict>? conflicts = null;
            var fields1 = Collect(parentType1, selectionSet1);
            var fields2 = Collect(parentType2, selectionSet2);
            CompareCollections(ref conflicts, mutuallyExclusive, fields1, fields2);
            foreach (var fragmentName in fields2.FragmentNames)
            {
                CompareFieldsWithFragment(ref conflicts, mutuallyExclusive, fields1, fragmentName);
            }

            foreach (var fragmentName in fields1.FragmentNames)
            {
                CompareFieldsWithFragment(ref conflicts, mutuallyExclusive, fields2, fragmentName);
            }

            foreach (var fragmentName1 in fields1.FragmentNames)
            {
                foreach (var fragmentName2 in fields2.FragmentNames)
                {
                    CompareFragments(ref conflicts, mutuallyExclusive, fragmentName1, fragmentName2);
                }
            }

            return conflicts;
        }

        /// <summary>A collection of fields against a fragment's fields and, recursively, the fragments it spreads.</summary>
        private void CompareFieldsWithFragment(ref List<Conflict>? conflicts, bool mutuallyExclusive, CollectedFields fields, string fragmentName)
        {
            Spend(1);
            if (fields.Count == 0)
            {
                // No fields to compare with the fragment's or its nested fragments' (a set made only of spreads).
                return;
            }

            if (!_comparedFieldsAndFragments.TryMark(fields, fragmentName, mutuallyExclusive))
            {
                return;
            }

            if (_context.GetFragment(fragmentName) is not { } fragment)
            {
                return;
            }

            var fragmentFields = CollectFragment(fragment);
            if (ReferenceEquals(fields, fragmentFields))
            {
                // A fragment's own fields were already compared within themselves.
                return;
            }

            CompareCollections(ref conflicts, mutuallyExclusive, fields, fragmentFields);
            foreach (var nestedName in fragmentFields.FragmentNames)
            {
                CompareFieldsWithFragment(ref conflicts, mutuallyExclusive, fields, nestedName);
            }
        }

        /// <summary>Two fragments' fields against each other and, recursively, against the fragments each spreads.</summary>
        private void CompareFragments(ref List<Conflict>? conflicts, bool mutuallyExclusive, string fragmentName1, string fragmentName2)
        {
            Spend(2);
            if (fragmentName1 == fragmentName2)
            {
                return;
            }

            var (first, second) = string.CompareOrdinal(fragmentName1, fragmentName2) < 0
                ? (fragmentName1, fragmentName2)
                : (fragmentName2, fragmentName1);
            if (!_comparedFragmentPairs.TryMark(first, second, mutuallyExclusive))
            {
                return;
            }

            if (_context.GetFragment(fragmentName1) is not { } fragment1 || _context.GetFragment(fragmentName2) is not { } fragment2)
            {
                return;
            }

            var fields1 = CollectFragment(fragment1);
            var fields2 = CollectFragment(fragment2);
            CompareCollections(ref conflicts, mutuallyExclusive, fields1, fields2);
            foreach (var nestedName in fields2.FragmentNames)
            {
                CompareFragments(ref conflicts, mutuallyExclusive, fragmentName1, nestedName);
            }

            foreach (var nestedName in fields1.FragmentNames)
            {
                CompareFragments(ref conflicts, mutuallyExclusive, nestedName, fragmentName2);
            }
        }

        /// <summary>Each field of one collection against the fields of the other that share its response name.</summary>
        private void CompareCollections(ref List<Conflict>? conflicts, bool mutuallyExclusive, CollectedFields fields1, CollectedFields fields2)
        {
            for (var first1 = 0; first1 < fields1.Count; first1++)
            {
                if (!fields1[first1].IsFirstOfName)
                {
                    continue;
                }

                Spend(1);
                var first2 = fields2.FirstOfName(fields1[first1].Node.ResponseKey);
                if (first2 < 0)
                {
                    continue;
                }

                for (var i = first1; i >= 0; i = fields1[i].NextOfName)
                {
                    for (var j = first2; j >= 0; j = fields2[j].NextOfName)
                    {
                        AddIfConflict(ref conflicts, FindConflict(mutuallyExclusive, fields1[i], fields2[j]));
                    }
                }
            }
        }

        /// <summary>Why two fields with the same response name cannot be merged; null when they can.</summary>
        private Conflict? FindConflict(bool parentsMutuallyExclusive, SelectedField field1, SelectedField field2)
        {
            Spend(2);
            var responseName = field1.Node.ResponseKey;

            // Two different object types can never describe the same object, so fields on them may differ
            // in name and arguments. Interfaces and unions may overlap (now or after the schema evolves).
            var mutuallyExclusive = parentsMutuallyExclusive
                || (field1.ParentType is ObjectType && field2.ParentType is ObjectType
                    && !ReferenceEquals(field1.ParentType, field2.ParentType) && field1.ParentType.Name != field2.ParentType.Name);

            if (!mutuallyExclusive)
            {
                var name1 = field1.Node.Name.Value;
                var name2 = field2.Node.Name.Value;
                if (name1 != name2)
                {
                    return Conflict.Leaf(responseName, $"\"{Abbreviate(name1)}\" and \"{Abbreviate(name2)}\" are different fields", field1.Node, field2.Node);
                }

                if (!SameArguments(field1.Node.Arguments, field2.Node.Arguments))
                {
                    return Conflict.Leaf(responseName, "they have differing arguments", field1.Node, field2.Node);
                }
            }

            var type1 = field1.Definition?.Type;
            var type2 = field2.Definition?.Type;
            if (type1 is not null && type2 is not null && !SameResponseShape(type1, type2))
            {
                return Conflict.Leaf(responseName, $"they return conflicting types \"{type1}\" and \"{type2}\"", field1.Node, field2.Node);
            }

            if (field1.Node.SelectionSet is not { } selectionSet1 || field2.Node.SelectionSet is not { } selectionSet2)
            {
                return null;
            }

            var subConflicts = FindConflictsBetweenSubSelections(
                mutuallyExclusive,
                type1?.GetNamedType(),
                selectionSet1,
                type2?.GetNamedType(),
                selectionSet2);
            return subConflicts is null ? null : Conflict.FromSubfields(responseName, field1.Node, field2.Node, subConflicts);
        }

        /// <summary>Charges the comparison budget (<see cref="FieldMergeBudget"/>).</summary>
        private void Spend(int cost) => _budget.Spend(cost);

        private static void AddIfConflict(ref List<Conflict>? conflicts, Conflict? conflict)
        {
            if (conflict is not null)
            {
                (conflicts ??= []).Add(conflict);
            }
        }

        private CollectedFields CollectFragment(FragmentDefinitionNode fragment)
        {
            if (_collected.TryGetValue(fragment.SelectionSet, out var cached))
            {
                return cached;
            }

            var type = _context.Schema.GetType(fragment.TypeCondition.Name.Value);
            return Collect(type, fragment.SelectionSet);
        }

        /// <summary>The fields of a selection set, inline fragments included, and the names of the fragments it
        /// spreads (each once). Cached per selection set (the first parent type it is collected for stands).</summary>
        private CollectedFields Collect(NamedType? parentType, SelectionSetNode selectionSet)
        {
            if (_collected.TryGetValue(selectionSet, out var cached))
            {
                return cached;
            }

            if (_pooledInUse == _pool.Count)
            {
                _pool.Add(new CollectedFields());
            }

            var collected = _pool[_pooledInUse++];
            CollectInto(collected, parentType, selectionSet);
            _collected[selectionSet] = collected;
            return collected;
        }

        private void CollectInto(CollectedFields collected, NamedType? parentType, SelectionSetNode selectionSet)
        {
            var selections = selectionSet.Selections;
            for (var i = 0; i < selections.Count; i++)
            {
                switch (selections[i])
                {
                    case FieldNode field:
                        var definition = parentType is null ? null : _context.FieldLookup(_context.Schema, parentType, field.Name.Value);
                        collected.Add(parentType, field, definition);
                        break;
                    case FragmentSpreadNode spread:
                        collected.AddFragmentName(spread.Name.Value);
                        break;
                    case InlineFragmentNode inline:
                        var inlineType = inline.TypeCondition is null ? parentType : _context.Schema.GetType(inline.TypeCondition.Name.Value);
                        CollectInto(collected, inlineType, inline.SelectionSet);
                        break;
                }
            }
        }
    }

    /// <summary>
    /// The wrappers and leaf types of two field types agree (spec SameResponseShape, at this level): the same
    /// List/Non-Null nesting, and the same scalar or enum at the core. Composite cores are compared through
    /// their sub-selections.
    /// </summary>
    private static bool SameResponseShape(GraphQLType type1, GraphQLType type2)
    {
        while (true)
        {
            if (type1 is NonNullType || type2 is NonNullType)
            {
                if (type1 is not NonNullType nonNull1 || type2 is not NonNullType nonNull2)
                {
                    return false;
                }

                type1 = nonNull1.OfType;
                type2 = nonNull2.OfType;
            }

            if (type1 is ListType || type2 is ListType)
            {
                if (type1 is not ListType list1 || type2 is not ListType list2)
                {
                    return false;
                }

                type1 = list1.OfType;
                type2 = list2.OfType;
                continue;
            }

            if (type1.IsLeafType() || type2.IsLeafType())
            {
                return type1 is NamedType named1 && type2 is NamedType named2 && named1.Name == named2.Name;
            }

            return true;
        }
    }

    /// <summary>Both fields get the same argument names with equal values (object fields in any order).</summary>
    private static bool SameArguments(IReadOnlyList<ArgumentNode> arguments1, IReadOnlyList<ArgumentNode> arguments2)
    {
        if (arguments1.Count != arguments2.Count)
        {
            return false;
        }

        for (var i = 0; i < arguments1.Count; i++)
        {
            var argument1 = arguments1[i];
            var argument2 = Named(arguments2, argument1.Name.Value);
            if (argument2 is null || !SameValue(argument1.Value, argument2.Value))
            {
                return false;
            }
        }

        return true;
    }

    private static ArgumentNode? Named(IReadOnlyList<ArgumentNode> arguments, string name)
    {
        for (var i = 0; i < arguments.Count; i++)
        {
            if (arguments[i].Name.Value == name)
            {
                return arguments[i];
            }
        }

        return null;
    }

    private static bool SameValue(ValueNode value1, ValueNode value2) => (value1, value2) switch
    {
        (VariableNode a, VariableNode b) => a.Name.Value == b.Name.Value,
        (IntValueNode a, IntValueNode b) => a.Value == b.Value,
        (FloatValueNode a, FloatValueNode b) => a.Value == b.Value,
        (StringValueNode a, StringValueNode b) => a.Value == b.Value,
        (BooleanValueNode a, BooleanValueNode b) => a.Value == b.Value,
        (NullValueNode, NullValueNode) => true,
        (EnumValueNode a, EnumValueNode b) => a.Value == b.Value,
        (ListValueNode a, ListValueNode b) => a.Values.Count == b.Values.Count
            && a.Values.Zip(b.Values).All(pair => SameValue(pair.First, pair.Second)),
        (ObjectValueNode a, ObjectValueNode b) => a.Fields.Count == b.Fields.Count
            && a.Fields.All(field => b.Fields.FirstOrDefault(other => other.Name.Value == field.Name.Value) is { } match
                && SameValue(field.Value, match.Value)),
        _ => false,
    };

    /// <summary>A field as selected: the type it is selected on, its node, its definition (if known), and the
    /// next field of its collection with the same response name (-1: none).</summary>
    private readonly record struct SelectedField(NamedType? ParentType, FieldNode Node, FieldDefinition? Definition, bool IsFirstOfName, int NextOfName);

    /// <summary>
    /// A selection set's fields in document order, each linked to the next one of its response name, and its
    /// spread fragment names. Names are looked up by a short search, through a table once the set is large.
    /// </summary>
    private sealed class CollectedFields
    {
        private const int LinearSearchLimit = 12;

        private readonly List<SelectedField> _fields = [];
        private readonly List<int> _lastOfName = [];
        private Dictionary<string, int>? _firstByName;

        public int Count => _fields.Count;

        public SelectedField this[int index] => _fields[index];

        public List<string> FragmentNames { get; } = [];

        public void Add(NamedType? parentType, FieldNode node, FieldDefinition? definition)
        {
            var index = _fields.Count;
            var first = FirstOfName(node.ResponseKey);
            if (first < 0)
            {
                _fields.Add(new SelectedField(parentType, node, definition, true, -1));
                _lastOfName.Add(index);
                _firstByName?.Add(node.ResponseKey, index);
                if (_firstByName is null && _fields.Count > LinearSearchLimit)
                {
                    _firstByName = new Dictionary<string, int>(StringComparer.Ordinal);
                    for (var i = 0; i < _fields.Count; i++)
                    {
                        if (_fields[i].IsFirstOfName)
                        {
                            _firstByName[_fields[i].Node.ResponseKey] = i;
                        }
                    }
                }

                return;
            }

            _fields.Add(new SelectedField(parentType, node, definition, false, -1));
            _lastOfName.Add(index);
            var last = _lastOfName[first];
            _fields[last] = _fields[last] with { NextOfName = index };
            _lastOfName[first] = index;
        }

        /// <summary>The index of the first field with this response name; -1 when there is none.</summary>
        public int FirstOfName(string responseKey)
        {
            if (_firstByName is not null)
            {
                return _firstByName.TryGetValue(responseKey, out var index) ? index : -1;
            }

            for (var i = 0; i < _fields.Count; i++)
            {
                if (_fields[i].IsFirstOfName && _fields[i].Node.ResponseKey == responseKey)
                {
                    return i;
                }
            }

            return -1;
        }

        public void AddFragmentName(string name)
        {
            if (!FragmentNames.Contains(name))
            {
                FragmentNames.Add(name);
            }
        }

        public void Clear()
        {
            _fields.Clear();
            _lastOfName.Clear();
            _firstByName = null;
            FragmentNames.Clear();
        }
    }

    /// <summary>
    /// A conflict under one response name, why (for sub-field conflicts, their reasons joined), and the field
    /// nodes on each side of it. The reason and the node lists are bounded (<see cref="MaxDetailLength"/>,
    /// <see cref="MaxConflictNodes"/>) so that deeply nested conflicts cannot make huge errors.
    /// </summary>
    private sealed record Conflict(string ResponseName, string Reason, IReadOnlyList<FieldNode> Fields1, IReadOnlyList<FieldNode> Fields2)
    {
        public static Conflict Leaf(string responseName, string message, FieldNode field1, FieldNode field2) =>
            new(responseName, message, [field1], [field2]);

        public static Conflict FromSubfields(string responseName, FieldNode field1, FieldNode field2, IReadOnlyList<Conflict> subConflicts)
        {
            var reason = new StringBuilder();
            foreach (var sub in subConflicts)
            {
                reason.Append(reason.Length == 0 ? string.Empty : " and ")
                    .Append($"subfields \"{Abbreviate(sub.ResponseName)}\" conflict because {sub.Reason}");
                if (reason.Length > MaxDetailLength)
                {
                    break;
                }
            }

            return new(
                responseName,
                Abbreviate(reason.ToString()),
                CollectNodes(field1, subConflicts, c => c.Fields1),
                CollectNodes(field2, subConflicts, c => c.Fields2));
        }

        /// <summary>The enclosing field, then the sub-conflicts' fields up to the cap (the deepest ones kept first).</summary>
        private static List<FieldNode> CollectNodes(FieldNode field, IReadOnlyList<Conflict> subConflicts, Func<Conflict, IReadOnlyList<FieldNode>> side)
        {
            var nodes = new List<FieldNode> { field };
            foreach (var sub in subConflicts)
            {
                var fields = side(sub);
                var take = Math.Min(MaxConflictNodes - nodes.Count, fields.Count);
                nodes.AddRange(fields.Skip(fields.Count - take));
                if (nodes.Count == MaxConflictNodes)
                {
                    break;
                }
            }

            return nodes;
        }
    }

    /// <summary>
    /// Remembers which pairs were compared and whether under mutually exclusive parents. A comparison made
    /// without that exclusivity checks more (names and arguments too), so it also stands for an exclusive
    /// one; an exclusive comparison does not stand for a non-exclusive one.
    /// </summary>
    private sealed class ComparisonMemo<TFirst, TSecond>(IEqualityComparer<TFirst> firstComparer, IEqualityComparer<TSecond> secondComparer)
        where TFirst : notnull
        where TSecond : notnull
    {
        private readonly Dictionary<(TFirst, TSecond), bool> _compared = new(new PairComparer(firstComparer, secondComparer));

        /// <summary>Records the comparison; false when an equivalent one was already made.</summary>
        public bool TryMark(TFirst first, TSecond second, bool mutuallyExclusive)
        {
            if (_compared.TryGetValue((first, second), out var wasExclusive) && (mutuallyExclusive || !wasExclusive))
            {
                return false;
            }

            _compared[(first, second)] = mutuallyExclusive;
            return true;
        }

        public void Clear() => _compared.Clear();

        private sealed class PairComparer(IEqualityComparer<TFirst> first, IEqualityComparer<TSecond> second) : IEqualityComparer<(TFirst, TSecond)>
        {
            public bool Equals((TFirst, TSecond) x, (TFirst, TSecond) y) => first.Equals(x.Item1, y.Item1) && second.Equals(x.Item2, y.Item2);

            public int GetHashCode((TFirst, TSecond) pair) => HashCode.Combine(first.GetHashCode(pair.Item1), second.GetHashCode(pair.Item2));
        }
    }
}
