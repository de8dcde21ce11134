namespace MentorGraph.GraphQL.Types;

/// <summary>The five scalars of the spec (3.5). They are part of every schema and are shared by all schemas.</summary>
public static class BuiltInScalars
{
    public static IntScalarType Int { get; } = new();

    public static FloatScalarType Float { get; } = new();

    public static StringScalarType String { get; } = new();

    public static BooleanScalarType Boolean { get; } = new();

    public static IdScalarType ID { get; } = new();

    /// <summary>String, Int, Float, Boolean, ID.</summary>
    public static IReadOnlyList<ScalarType> All { get; } = [String, Int, Float, Boolean, ID];

    /// <summary>True when <paramref name="typeName"/> names one of the five built-in scalars.</summary>
    public static bool IsBuiltIn(string typeName) =>
        typeName is "String" or "Int" or "Float" or "Boolean" or "ID";

    /// <summary>True when <paramref name="type"/> is one of the five built-in scalars.</summary>
    public static bool IsBuiltIn(NamedType type) => type is ScalarType && IsBuiltIn(type.Name);
}
