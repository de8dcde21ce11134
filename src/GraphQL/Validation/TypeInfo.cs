using MentorGraph.GraphQL.Language.Ast;
using MentorGraph.GraphQL.Types;

namespace MentorGraph.GraphQL.Validation;

/// <summary>
/// Tracks, during a walk of an executable document, which schema type, field, argument, directive
/// and input type each node stands for. Call <see cref="Enter"/> before a node's children and
/// <see cref="Leave"/> after them. Unknown names yield nulls, never exceptions.
/// </summary>
public sealed class TypeInfo(Schema schema, FieldLookup? fieldLookup = null)
{
    private readonly Stack<GraphQLType?> _types = new();
    private readonly Stack<NamedType?> _parentTypes = new();
    private readonly Stack<GraphQLType?> _inputTypes = new();
    private readonly Stack<FieldDefinition?> _fieldDefinitions = new();
    private readonly Stack<InputValueDefinition?> _defaultValues = new();
    private FieldLookup _fieldLookup = fieldLookup ?? SpecifiedRules.DefaultFieldLookup;
    private bool _inDirective;

    public Schema Schema { get; private set; } = schema;

    /// <summary>The output type of the current field, fragment or operation.</summary>
    public GraphQLType? Type => Peek(_types);

    /// <summary>The composite type whose selection set is being walked.</summary>
    public NamedType? ParentType => Peek(_parentTypes);

    /// <summary>The input type expected at the current argument, list item or object field.</summary>
    public GraphQLType? InputType => Peek(_inputTypes);

    /// <summary>The input type of the enclosing list or input object, one level up.</summary>
    public GraphQLType? ParentInputType => _inputTypes.Count > 1 ? _inputTypes[1] : null;

    public FieldDefinition? FieldDefinition => Peek(_fieldDefinitions);

    /// <summary>The argument or input field whose value is being walked (it carries the default value).</summary>
    public InputValueDefinition? DefaultValueOwner => Peek(_defaultValues);

    public DirectiveDefinition? Directive { get; private set; }

    /// <summary>True between entering and leaving a directive (known or not): its arguments belong to it, not to the field.</summary>
    internal bool IsInDirective => _inDirective;

    public InputValueDefinition? Argument { get; private set; }

    public EnumValueDefinition? EnumValue { get; private set; }

    /// <summary>Starts over for another walk (a validation context reuses its type information).</summary>
    internal void Reset(Schema schema, FieldLookup? fieldLookup)
    {
        Schema = schema;
        _fieldLookup = fieldLookup ?? SpecifiedRules.DefaultFieldLookup;
        _types.Clear();
        _parentTypes.Clear();
        _inputTypes.Clear();
        _fieldDefinitions.Clear();
        _defaultValues.Clear();
        _inDirective = false;
        Directive = null;
        Argument = null;
        EnumValue = null;
    }

    public void Enter(Node node)
    {
        switch (node)
        {
            case SelectionSetNode:
                var named = Type?.GetNamedType();
                _parentTypes.Push(named is not null && named.IsCompositeType() ? named : null);
                break;
            case FieldNode field:
                var parent = ParentType;
                var fieldDefinition = parent is null ? null : _fieldLookup(Schema, parent, field.Name.Value);
                _fieldDefinitions.Push(fieldDefinition);
                _types.Push(fieldDefinition is not null && fieldDefinition.Type.IsOutputType() ? fieldDefinition.Type : null);
                break;
            case DirectiveNode directive:
                _inDirective = true;
                Directive = Schema.GetDirective(directive.Name.Value);
                break;
            case OperationDefinitionNode operation:
                _types.Push(Schema.GetRootType(operation.Operation));
                break;
            case InlineFragmentNode inline:
                var inlineType = inline.TypeCondition is null
                    ? Type?.GetNamedType()
                    : TypeRelations.TypeFromAst(Schema, inline.TypeCondition);
                _types.Push(inlineType is not null && inlineType.IsOutputType() ? inlineType : null);
                break;
            case FragmentDefinitionNode fragment:
                var fragmentType = TypeRelations.TypeFromAst(Schema, fragment.TypeCondition);
                _types.Push(fragmentType is not null && fragmentType.IsOutputType() ? fragmentType : null);
                break;
            case VariableDefinitionNode variable:
                var variableType = TypeRelations.TypeFromAst(Schema, variable.Type);
                _inputTypes.Push(variableType is not null && variableType.IsInputType() ? variableType : null);
                break;
            case ArgumentNode argument:
                // Inside an unknown directive an argument has no definition (not the field's argument of that name).
                var argumentDefinition = _inDirective
                    ? Directive?.GetArgument(argument.Name.Value)
                    : FieldDefinition?.GetArgument(argument.Name.Value);
                Argument = argumentDefinition;
                _defaultValues.Push(argumentDefinition);
                _inputTypes.Push(argumentDefinition is not null && argumentDefinition.Type.IsInputType() ? argumentDefinition.Type : null);
                break;
            case ListValueNode:
                // A list literal where no list is expected is wrong as a whole (Values of Correct Type says so);
                // its items have no expected type, so no rule judges them against the non-list type.
                var itemType = InputType?.GetNullableType() is ListType list ? list.OfType : null;
                _defaultValues.Push(null);
                _inputTypes.Push(itemType is not null && itemType.IsInputType() ? itemType : null);
                break;
            case ObjectFieldNode objectField:
                var inputField = InputType?.GetNamedType() is InputObjectType inputObject
                    ? inputObject.GetField(objectField.Name.Value)
                    : null;
                _defaultValues.Push(inputField);
                _inputTypes.Push(inputField is not null && inputField.Type.IsInputType() ? inputField.Type : null);
                break;
            case EnumValueNode enumValue:
                EnumValue = InputType?.GetNamedType() is EnumType enumType ? enumType.GetValue(enumValue.Value) : null;
                break;
        }
    }

    public void Leave(Node node)
    {
        switch (node)
        {
            case SelectionSetNode:
                _parentTypes.Pop();
                break;
            case FieldNode:
                _fieldDefinitions.Pop();
                _types.Pop();
                break;
            case DirectiveNode:
                _inDirective = false;
                Directive = null;
                break;
            case OperationDefinitionNode or InlineFragmentNode or FragmentDefinitionNode:
                _types.Pop();
                break;
            case VariableDefinitionNode:
                _inputTypes.Pop();
                break;
            case ArgumentNode:
                Argument = null;
                _defaultValues.Pop();
                _inputTypes.Pop();
                break;
            case ListValueNode or ObjectFieldNode:
                _defaultValues.Pop();
                _inputTypes.Pop();
                break;
            case EnumValueNode:
                EnumValue = null;
                break;
        }
    }

    private static T? Peek<T>(Stack<T> stack) => stack.Count > 0 ? stack.Peek() : default;

    /// <summary>A stack that can also read the entry below the top (what <see cref="ParentInputType"/> needs) and
    /// keeps its array when cleared.</summary>
    private sealed class Stack<T>
    {
        private T[] _items = new T[8];

        public int Count { get; private set; }

        /// <summary>The entry <paramref name="fromTop"/> places below the top (0: the top).</summary>
        public T this[int fromTop] => _items[Count - 1 - fromTop];

        public void Push(T item)
        {
            if (Count == _items.Length)
            {
                Array.Resize(ref _items, Count * 2);
            }

            _items[Count++] = item;
        }

        public T Peek() => _items[Count - 1];

        public void Pop() => _items[--Count] = default!;

        public void Clear()
        {
            Array.Clear(_items, 0, Count);
            Count = 0;
        }
    }
}

/// <summary>Finds the definition of a field selected on a composite type, meta-fields (__typename...) included.</summary>
public delegate FieldDefinition? FieldLookup(Schema schema, NamedType parentType, string fieldName);
