using MentorGraph.Api.Schema.Feedback;
using MentorGraph.Api.Schema.Nodes;
using MentorGraph.Api.Schema.Notes;
using MentorGraph.Api.Schema.Pairings;
using MentorGraph.GraphQL.Data.Declarations;
using MentorGraph.Persistence.Entities;

namespace MentorGraph.Api.Schema.Sessions;

/// <summary>
/// What clients filter and sort sessions on. Through <c>pairing</c>, <c>notes</c> and <c>feedback</c> a filter sees
/// only the related rows the viewer may read (<see cref="Privacy.Visibility.Guards"/>).
/// </summary>
public static class SessionShape
{
    public static EntityShape<Session> Shape { get; } = new EntityShape<Session>(NodeTypes.Session)
        .Key(s => s.Id)
        .Id("id", s => s.Id, GlobalId.Parser(NodeTypes.Session))
        .Enum("status", s => s.Status, "SessionStatus")
        .Enum("format", s => s.Format, "SessionFormat")
        .Field("scheduledAt", s => s.ScheduledAt)
        .Field("occurredAt", s => s.OccurredAt)
        .Field("durationMinutes", s => s.DurationMinutes)
        .Object("pairing", s => s.Pairing, PairingShape.Shape)
        .List("notes", s => s.Notes, NoteShape.Shape)
        .List("feedback", s => s.Feedback, FeedbackShape.Shape)
        // What the resolvers of Session's other fields read (the rest read the member named like them; see SessionResolvers).
        .Reads("pairing", s => s.PairingId)
        .Reads("notes")
        .Reads("feedback")
        .Reads("lessons");
}
