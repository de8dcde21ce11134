using System.Runtime.CompilerServices;
using MentorGraph.GraphQL.Data.Sdl;
using MentorGraph.GraphQL.Types;

namespace MentorGraph.GraphQL.Data.Binding;

/// <summary>
/// The data conventions of one <see cref="SchemaBuilder"/>: the options and the connection fields bound so
/// far. Made on first use, when it adds the SDL step (generated types, cost directives) and the build
/// step (the generated types' resolvers) to the builder.
/// </summary>
internal sealed class DataRegistry
{
    private static readonly ConditionalWeakTable<SchemaBuilder, DataRegistry> Registries = new();

    private DataRegistry()
    {
    }

    public DataOptions Options { get; set; } = new();

    public List<ConnectionDeclaration> Connections { get; } = [];

    /// <summary>The connection types the SDL step generated, for the build step to bind.</summary>
    public HashSet<string> GeneratedConnectionTypes { get; } = new(StringComparer.Ordinal);

    public static DataRegistry For(SchemaBuilder builder) =>
        Registries.GetValue(builder, b =>
        {
            var registry = new DataRegistry();
            b.AddSdlStep(new DataSdlStep(registry).Run);
            b.AddBuildStep(registry.BindGeneratedTypes);
            return registry;
        });

    private void BindGeneratedTypes(Schema schema, List<SchemaError> errors) =>
        ConnectionTypeResolvers.Bind(schema, GeneratedConnectionTypes);
}
