using MentorGraph.GraphQL.Language.Ast;

namespace MentorGraph.GraphQL.Types;

/// <summary>Where a directive may appear (spec 3.13).</summary>
public enum DirectiveLocation
{
    // Executable locations
    Query,
    Mutation,
    Subscription,
    Field,
    FragmentDefinition,
    FragmentSpread,
    InlineFragment,
    VariableDefinition,

    // Type system locations
    Schema,
    Scalar,
    Object,
    FieldDefinition,
    ArgumentDefinition,
    Interface,
    Union,
    Enum,
    EnumValue,
    InputObject,
    InputFieldDefinition,
}

public sealed class DirectiveDefinition(string name)
{
    private IReadOnlyList<DirectiveLocation> _locations = [];
    private IReadOnlyList<object>? _boxedLocations;

    public string Name { get; } = name;

    public string? Description { get; internal set; }

    public IReadOnlyList<InputValueDefinition> Arguments { get; internal set; } = [];

    public IReadOnlyList<DirectiveLocation> Locations
    {
        get => _locations;
        internal set
        {
            _locations = value;
            _boxedLocations = null;
        }
    }

    /// <summary>The locations as the objects introspection lists (boxed once, not per request).</summary>
    internal IReadOnlyList<object> BoxedLocations => _boxedLocations ??= BoxAll(_locations);

    private static object[] BoxAll(IReadOnlyList<DirectiveLocation> locations)
    {
        var boxed = new object[locations.Count];
        for (var i = 0; i < boxed.Length; i++)
        {
            boxed[i] = locations[i];
        }

        return boxed;
    }

    public bool IsRepeatable { get; internal set; }

    public DirectiveDefinitionNode? AstNode { get; internal set; }

    public InputValueDefinition? GetArgument(string argumentName) =>
        Arguments.FirstOrDefault(a => a.Name == argumentName);
}
