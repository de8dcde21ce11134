using MentorGraph.Api.Schema.Nodes;
using MentorGraph.Api.Schema.People;
using MentorGraph.GraphQL.Data.Declarations;
using MentorGraph.Persistence.Entities;

namespace MentorGraph.Api.Schema.Notes;

/// <summary>
/// What clients filter on through a session's notes (<c>sessions(where: { notes: { none: { author: { id: { eq: $me }
/// } } } })</c>: the sessions I have not written up yet). Only the notes the viewer may read count — the engine
/// narrows the list with <see cref="Privacy.Visibility"/>'s note rule — so a filter cannot tell that someone else's
/// PRIVATE note exists. The text is not offered: no index covers notes' texts, and every filter the API offers
/// has one.
/// </summary>
public static class NoteShape
{
    public static EntityShape<SessionNote> Shape { get; } = new EntityShape<SessionNote>(NodeTypes.SessionNote)
        .Key(n => n.Id)
        .Id("id", n => n.Id, GlobalId.Parser(NodeTypes.SessionNote))
        .Enum("visibility", n => n.Visibility, "NoteVisibility")
        .Field("createdAt", n => n.CreatedAt)
        .Object("author", n => n.Author, PersonShape.Shape);
}
