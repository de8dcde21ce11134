using MentorGraph.GraphQL.Language.Ast;

namespace MentorGraph.GraphQL.Tests.Execution;

/// <summary>Short constructors of AST nodes for tests written before the parser lands.</summary>
internal static class Ast
{
    private static int _line;

    public static NameNode Name(string value) => new(value);

    /// <summary>A field; each call gets a fresh line number so errors' locations can be checked.</summary>
    public static FieldNode Field(string name, params SelectionNode[] selections) =>
        Field(name, null, [], [], selections);

    public static FieldNode Field(string name, string? alias, IReadOnlyList<ArgumentNode> arguments, IReadOnlyList<DirectiveNode> directives, params SelectionNode[] selections) =>
        new(alias is null ? null : Name(alias), Name(name), arguments, directives, selections.Length > 0 ? new SelectionSetNode(selections) : null)
        {
            Location = NextLocation(),
        };

    public static FieldNode Aliased(string alias, string name, params SelectionNode[] selections) =>
        Field(name, alias, [], [], selections);

    public static FieldNode WithArgs(string name, IReadOnlyList<ArgumentNode> arguments, params SelectionNode[] selections) =>
        Field(name, null, arguments, [], selections);

    public static FieldNode WithDirectives(string name, params DirectiveNode[] directives) =>
        Field(name, null, [], directives);

    public static ArgumentNode Arg(string name, ValueNode value) => new(Name(name), value);

    public static DirectiveNode Directive(string name, params ArgumentNode[] arguments) => new(Name(name), arguments);

    public static VariableNode Var(string name) => new(Name(name));

    public static IntValueNode Int(int value) => new(value.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public static StringValueNode String(string value) => new(value);

    public static BooleanValueNode Bool(bool value) => new(value);

    public static NullValueNode Null() => new();

    public static EnumValueNode Enum(string value) => new(value);

    public static ListValueNode List(params ValueNode[] values) => new(values);

    public static ObjectValueNode Object(params (string Name, ValueNode Value)[] fields) =>
        new(fields.Select(f => new ObjectFieldNode(Name(f.Name), f.Value)).ToList());

    public static NamedTypeNode Type(string name) => new(Name(name));

    public static NonNullTypeNode NonNullType(TypeNode type) => new(type);

    public static ListTypeNode ListType(TypeNode type) => new(type);

    public static VariableDefinitionNode VarDef(string name, TypeNode type, ValueNode? defaultValue = null) =>
        new(Var(name), type, defaultValue, []) { Location = NextLocation() };

    public static InlineFragmentNode Inline(string? typeCondition, params SelectionNode[] selections) =>
        new(typeCondition is null ? null : Type(typeCondition), [], new SelectionSetNode(selections));

    public static InlineFragmentNode Inline(string? typeCondition, IReadOnlyList<DirectiveNode> directives, params SelectionNode[] selections) =>
        new(typeCondition is null ? null : Type(typeCondition), directives, new SelectionSetNode(selections));

    public static FragmentSpreadNode Spread(string name, params DirectiveNode[] directives) => new(Name(name), directives);

    public static FragmentDefinitionNode Fragment(string name, string typeCondition, params SelectionNode[] selections) =>
        new(Name(name), Type(typeCondition), [], new SelectionSetNode(selections));

    public static OperationDefinitionNode Query(params SelectionNode[] selections) =>
        Operation(OperationType.Query, null, [], selections);

    public static OperationDefinitionNode Operation(
        OperationType operation,
        string? name,
        IReadOnlyList<VariableDefinitionNode> variables,
        params SelectionNode[] selections) =>
        new(operation, name is null ? null : Name(name), variables, [], new SelectionSetNode(selections)) { Location = NextLocation() };

    public static DocumentNode Document(params DefinitionNode[] definitions) => new(definitions);

    private static Location NextLocation()
    {
        var line = Interlocked.Increment(ref _line);
        return new Location(0, 0, line, 3);
    }
}
