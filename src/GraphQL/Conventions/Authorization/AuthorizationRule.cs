namespace MentorGraph.GraphQL.Conventions.Authorization;

/// <summary>
/// What one field asks of the user before its resolver runs: to be signed in, and to hold one role of each
/// listed set (the field's own <c>@authorize</c> and its type's are both applied).
/// </summary>
/// <param name="Coordinate">The field, <c>Type.field</c>, for messages.</param>
/// <param name="RequiresUser">Whether an anonymous request is refused.</param>
/// <param name="RoleSets">Each set needs one of its roles; empty when signing in is enough.</param>
internal sealed record AuthorizationRule(string Coordinate, bool RequiresUser, IReadOnlyList<IReadOnlyList<string>> RoleSets);
