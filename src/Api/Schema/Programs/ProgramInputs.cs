using MentorGraph.GraphQL.Execution.Binding;
using MentorGraph.Persistence.Entities;

namespace MentorGraph.Api.Schema.Programs;

/// <summary>The GraphQL input <c>CreateProgramInput</c>.</summary>
public sealed record CreateProgramInput(string Name, string Description, string Goals, DateOnly StartsOn, DateOnly EndsOn, Cadence Cadence);

/// <summary>The GraphQL input <c>UpdateProgramInput</c>: an absent field is left as it is.</summary>
public sealed record UpdateProgramInput(
    string ProgramId,
    int Version,
    Optional<string?> Name,
    Optional<string?> Description,
    Optional<string?> Goals,
    Optional<DateOnly?> StartsOn,
    Optional<DateOnly?> EndsOn,
    Optional<Cadence?> Cadence);
