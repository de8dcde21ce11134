using MentorGraph.Analytics;
using MentorGraph.GraphQL.Execution.Binding;
using MentorGraph.Persistence.Entities;

namespace MentorGraph.Api.Schema.People;

/// <summary>The GraphQL input <c>CreatePersonInput</c>.</summary>
public sealed record CreatePersonInput(
    string Name,
    string Email,
    string? Title,
    string? DepartmentId,
    Band Band,
    IReadOnlyList<TopicDefinition> CanTeach,
    IReadOnlyList<TopicDefinition> WantsToLearn);

/// <summary>The GraphQL input <c>UpdatePersonInput</c>: an absent field is left as it is, an explicit null clears it.</summary>
public sealed record UpdatePersonInput(
    string PersonId,
    int Version,
    Optional<string?> Name,
    Optional<string?> Email,
    Optional<string?> Title,
    Optional<string?> DepartmentId,
    Optional<Band?> Band,
    Optional<IReadOnlyList<TopicDefinition>?> CanTeach,
    Optional<IReadOnlyList<TopicDefinition>?> WantsToLearn,
    Optional<bool?> Active,
    string? Reason);
