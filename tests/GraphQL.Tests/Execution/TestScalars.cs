using MentorGraph.GraphQL.Types;

namespace MentorGraph.GraphQL.Tests.Execution;

/// <summary>The engine's scalars, by short names, for schemas built in code by the execution tests.</summary>
internal static class TestScalars
{
    public static readonly ScalarType Int = BuiltInScalars.Int;
    public static readonly ScalarType Float = BuiltInScalars.Float;
    public static readonly ScalarType String = BuiltInScalars.String;
    public static readonly ScalarType Boolean = BuiltInScalars.Boolean;
    public static readonly ScalarType Id = BuiltInScalars.ID;
    public static readonly ScalarType DateTime = new DateTimeScalarType();

    public static IEnumerable<NamedType> All => [Int, Float, String, Boolean, Id, DateTime];
}
