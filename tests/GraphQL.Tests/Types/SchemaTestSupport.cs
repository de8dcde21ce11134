using MentorGraph.GraphQL.Execution;
using MentorGraph.GraphQL.Language.Ast;
using MentorGraph.GraphQL.Types;

namespace MentorGraph.GraphQL.Tests.Types;

/// <summary>Builds schemas for the Types tests and runs single resolvers against them.</summary>
internal static class SchemaTestSupport
{
    /// <summary>A resolver that returns null, for tests that are not about resolvers.</summary>
    public static readonly FieldResolver NullResolver = _ => new ValueTask<object?>((object?)null);

    /// <summary>Builds with every field resolved by <see cref="NullResolver"/> unless configured otherwise.</summary>
    public static Schema Build(string sdl, Action<SchemaBuilder>? configure = null)
    {
        var builder = new SchemaBuilder { DefaultResolver = NullResolver }.AddTypeDefinitions(sdl);
        configure?.Invoke(builder);
        return builder.Build();
    }

    /// <summary>The messages of the build errors (the build must fail).</summary>
    public static IReadOnlyList<string> BuildErrors(string sdl, Action<SchemaBuilder>? configure = null, bool useDefaultResolver = true)
    {
        var builder = new SchemaBuilder { DefaultResolver = useDefaultResolver ? NullResolver : null }.AddTypeDefinitions(sdl);
        configure?.Invoke(builder);
        var exception = Assert.Throws<SchemaBuildException>(() => builder.Build());
        return exception.Errors.Select(e => e.Message).ToList();
    }

    /// <summary>Runs a field's resolver with the given parent value and arguments.</summary>
    public static object? Resolve(Schema schema, ObjectType parentType, string fieldName, object? source, IReadOnlyDictionary<string, object?>? arguments = null)
    {
        var field = Introspection.GetFieldDefinition(schema, parentType, fieldName)
            ?? throw new InvalidOperationException($"No field {parentType.Name}.{fieldName}.");
        var context = new TestResolveFieldContext(schema, parentType, field, source, arguments ?? new Dictionary<string, object?>());
        var task = field.Resolver!(context);
        return task.IsCompleted ? task.Result : task.AsTask().GetAwaiter().GetResult();
    }

    private sealed class TestResolveFieldContext(
        Schema schema,
        ObjectType parentType,
        FieldDefinition fieldDefinition,
        object? source,
        IReadOnlyDictionary<string, object?> arguments) : IResolveFieldContext
    {
        public object? Source => source;

        public IReadOnlyDictionary<string, object?> Arguments => arguments;

        public FieldDefinition FieldDefinition => fieldDefinition;

        public ObjectType ParentType => parentType;

        public IReadOnlyList<FieldNode> FieldNodes => [];

        public IReadOnlyList<object> Path => [fieldDefinition.Name];

        public Schema Schema => schema;

        public OperationDefinitionNode Operation { get; } =
            new(OperationType.Query, null, [], [], new SelectionSetNode([]));

        public IReadOnlyDictionary<string, object?> VariableValues { get; } = new Dictionary<string, object?>();

        public IServiceProvider? Services => null;

        public IDictionary<string, object?> UserContext { get; } = new Dictionary<string, object?>();

        public DataLoaderScope DataLoaders { get; } = new();

        public CancellationToken CancellationToken => CancellationToken.None;
    }
}
