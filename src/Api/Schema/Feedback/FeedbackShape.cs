using MentorGraph.Api.Schema.Nodes;
using MentorGraph.Api.Schema.People;
using MentorGraph.GraphQL.Data.Declarations;
using MentorGraph.Persistence.Entities;

namespace MentorGraph.Api.Schema.Feedback;

/// <summary>
/// What clients filter on through a session's feedback (<c>sessions(where: { feedback: { none: { author: { id: {
/// eq: $me } } } } })</c>: the sessions I have not rated yet). Only the feedback the viewer may read counts — the
/// engine narrows the list with <see cref="Privacy.Visibility"/>'s dual-blind rule — so the other participant's
/// rating cannot be learnt by filtering before one's own is in.
/// </summary>
public static class FeedbackShape
{
    public static EntityShape<SessionFeedback> Shape { get; } = new EntityShape<SessionFeedback>(NodeTypes.SessionFeedback)
        .Key(f => f.Id)
        .Id("id", f => f.Id, GlobalId.Parser(NodeTypes.SessionFeedback))
        .Field("rating", f => f.Rating)
        .Field("createdAt", f => f.CreatedAt)
        .Object("author", f => f.Author, PersonShape.Shape);
}
