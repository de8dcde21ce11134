using MentorGraph.Persistence.Entities;

namespace MentorGraph.Api.Schema.Pairings;

/// <summary>The GraphQL input <c>ProposePairingInput</c>.</summary>
public sealed record ProposePairingInput(string ProgramId, string SeniorId, string JuniorId, string SeniorExpects, string JuniorExpects, Cadence? Cadence);

/// <summary>The input of every pairing transition (<c>AcceptPairingInput</c>, <c>PausePairingInput</c>, ...): one shape.</summary>
public sealed record PairingTransitionInput(string PairingId, int Version, string? Reason);
