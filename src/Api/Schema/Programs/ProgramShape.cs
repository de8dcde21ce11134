using MentorGraph.Api.Schema.Nodes;
using MentorGraph.GraphQL.Data.Declarations;
using MentorGraph.Persistence.Entities;

namespace MentorGraph.Api.Schema.Programs;

/// <summary>What clients filter and sort programs on.</summary>
public static class ProgramShape
{
    public static EntityShape<MentoringProgram> Shape { get; } = new EntityShape<MentoringProgram>(NodeTypes.Program)
        .Key(p => p.Id)
        .Id("id", p => p.Id, GlobalId.Parser(NodeTypes.Program))
        .Field("name", p => p.Name)
        .Field("startsOn", p => p.StartsOn)
        .Field("endsOn", p => p.EndsOn)
        .Enum("cadence", p => p.DefaultCadence, "Cadence")
        // What the resolvers of Program's other fields read (the rest read the member named like them; see ProgramResolvers).
        .Reads("cadence", p => p.DefaultCadence)
        .Reads("pairings");
}
