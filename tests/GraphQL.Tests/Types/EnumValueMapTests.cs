using MentorGraph.GraphQL.Execution;
using MentorGraph.GraphQL.Execution.Binding;
using MentorGraph.GraphQL.Types;
using static MentorGraph.GraphQL.Tests.Types.SchemaTestSupport;

namespace MentorGraph.GraphQL.Tests.Types;

public class EnumValueMapTests
{
    private const string Sdl = """
        type Query { planet(id: PlanetId!): String nearest: PlanetId }
        enum PlanetId { EARTH MARS }
        """;

    public sealed record Planet(string Name);

    public enum PlanetKind
    {
        Earth,
        Mars,
    }

    private static readonly Planet Earth = new("Earth");
    private static readonly Planet Mars = new("Mars");

    private static Dictionary<string, Planet> Planets(params string[] names) =>
        names.ToDictionary(n => n, n => new Planet(n[0] + n[1..].ToLowerInvariant()));

    [Fact]
    public async Task BindEnumToAMap_ArgumentsReceiveTheMapsValues_ResultsSerializeThemByName()
    {
        var map = new Dictionary<string, Planet> { ["EARTH"] = Earth, ["MARS"] = Mars };
        var schema = Build(Sdl, b => b
            .BindEnum("PlanetId", map, "the planet list")
            .Resolve("Query.planet", context => ((Planet)context.Arguments["id"]!).Name)
            .Resolve("Query.nearest", _ => Mars));

        var result = await new GraphQLExecutor(schema).ExecuteAsync(new ExecutionRequest { Query = "{ planet(id: EARTH) nearest }" });

        Assert.Equal("""{"data":{"planet":"Earth","nearest":"MARS"}}""", ResponseJsonWriter.ToJson(result));
        Assert.Same(Earth, ((EnumType)schema.GetType("PlanetId")!).GetValue("EARTH")!.Value);
    }

    [Fact]
    public void SdlValueMissingFromTheMap_IsABuildErrorNamingTheValueAndTheMap()
    {
        var errors = BuildErrors(Sdl, b => b.BindEnum("PlanetId", Planets("EARTH"), "the planet list"));

        Assert.Equal(["Enum value \"PlanetId.MARS\" has no entry in the planet list: the SDL and the planet list must list the same values."], errors);
    }

    [Fact]
    public void SdlValueMissingFromTheMap_IsReportedOnce_NotAgainByATypedBindingOfTheEnum()
    {
        var errors = BuildErrors(Sdl, b => b
            .BindEnum("PlanetId", Planets("EARTH"), "the planet list")
            .Resolve<Planet>("Query.planet", (planet, _) => planet.Name));

        Assert.Equal(["Enum value \"PlanetId.MARS\" has no entry in the planet list: the SDL and the planet list must list the same values."], errors);
    }

    [Fact]
    public void MapEntryMissingFromTheSdl_IsABuildErrorNamingTheEntryAndTheEnum()
    {
        var errors = BuildErrors(Sdl, b => b.BindEnum("PlanetId", Planets("EARTH", "MARS", "VENUS"), "the planet list"));

        Assert.Equal(["Enum \"PlanetId\" does not define \"VENUS\", which the planet list has: the SDL and the planet list must list the same values."], errors);
    }

    [Fact]
    public void MapWithoutAName_IsNamedByItsValueType()
    {
        var errors = BuildErrors(Sdl, b => b.BindEnum("PlanetId", Planets("EARTH")));

        Assert.Equal(["Enum value \"PlanetId.MARS\" has no entry in a map of Planet values: the SDL and a map of Planet values must list the same values."], errors);
    }

    [Fact]
    public void TwoNamesWithTheSameValue_IsABuildError()
    {
        var errors = BuildErrors(Sdl, b => b.BindEnum("PlanetId", new Dictionary<string, Planet> { ["EARTH"] = Earth, ["MARS"] = Earth }, "the planet list"));

        Assert.Equal(["Enum \"PlanetId\" could not tell EARTH and MARS apart in results: the planet list gives them the same value."], errors);
    }

    [Fact]
    public void EnumBoundToACSharpEnumAndToAMap_IsABuildError()
    {
        var errors = BuildErrors(Sdl, b => b.BindEnum<PlanetKind>("PlanetId").BindEnum("PlanetId", Planets("EARTH", "MARS"), "the planet list"));

        Assert.Equal(["Enum \"PlanetId\" is bound twice, to PlanetKind and to the planet list."], errors);
    }

    [Fact]
    public void MapBoundToANonEnum_IsABuildError()
    {
        var errors = BuildErrors(Sdl, b => b.BindEnum("Query", Planets("EARTH"), "the planet list"));

        Assert.Equal(["Enum \"Query\" is bound to the planet list, but \"Query\" is not an enum type."], errors);
    }
}
