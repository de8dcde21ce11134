namespace MentorGraph.GraphQL.Data.Declarations;

/// <summary>
/// Turns a global id a client sent (e.g. base64 of <c>Person:42</c>) into the entity's key. The id format is
/// the host's, so the engine only calls this; it returns false for a malformed id or one of another type,
/// which the filter reports as a BAD_USER_INPUT error.
/// </summary>
public delegate bool IdParser<TKey>(string id, out TKey key);
