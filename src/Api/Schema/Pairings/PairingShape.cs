using MentorGraph.Api.Schema.Nodes;
using MentorGraph.Api.Schema.People;
using MentorGraph.Api.Schema.Programs;
using MentorGraph.GraphQL.Data.Declarations;
using MentorGraph.Persistence.Entities;

namespace MentorGraph.Api.Schema.Pairings;

/// <summary>What clients filter and sort pairings on (the migrations index each of them).</summary>
public static class PairingShape
{
    public static EntityShape<Pairing> Shape { get; } = new EntityShape<Pairing>(NodeTypes.Pairing)
        .Key(p => p.Id)
        .Id("id", p => p.Id, GlobalId.Parser(NodeTypes.Pairing))
        .Enum("status", p => p.Status, "PairingStatus")
        .Enum("cadence", p => p.Cadence, "Cadence")
        .Field("proposedAt", p => p.ProposedAt)
        .Field("startedAt", p => p.StartedAt)
        .Field("endedAt", p => p.EndedAt)
        .Field("atRisk", p => p.AtRisk)
        .Object("program", p => p.Program, ProgramShape.Shape)
        .Object("senior", p => p.Senior, PersonShape.Shape)
        .Object("junior", p => p.Junior, PersonShape.Shape)
        // What the resolvers of Pairing's other fields read (the rest read the member named like them; see PairingResolvers).
        .Reads("program", p => p.ProgramId)
        .Reads("senior", p => p.SeniorId)
        .Reads("junior", p => p.JuniorId)
        .Reads("proposedBy", p => p.ProposedById)
        .Reads("lastSessionAt")
        .Reads("statusHistory")
        .Reads("sessions")
        .Reads("lessons")
        // Loaded in the pairing's own statement when selected (a by-id load or a root page); their resolvers use the navigation.
        .Joins("program", "senior", "junior");
}
