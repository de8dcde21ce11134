using MentorGraph.Api.Schema.Common;
using MentorGraph.Api.Schema.Errors;
using MentorGraph.Api.Schema.Nodes;
using MentorGraph.Api.Schema.People;
using MentorGraph.Api.Schema.Sessions;
using MentorGraph.GraphQL.Conventions;
using MentorGraph.GraphQL.Execution.Binding;
using MentorGraph.GraphQL.Execution;
using MentorGraph.GraphQL.Types;
using MentorGraph.Persistence.Domain;
using MentorGraph.Persistence.Entities;
using Microsoft.EntityFrameworkCore;

namespace MentorGraph.Api.Schema.Feedback;

/// <summary>
/// The type <c>SessionFeedback</c> and <c>submitFeedback</c>: each participant rates a COMPLETED session once
/// (1–5). Who reads it is <see cref="Privacy.Visibility"/>'s rule (dual-blind), applied wherever feedback is read.
/// </summary>
internal static class FeedbackResolvers
{
    private const int CommentLength = 4000;

    /// <summary>The GraphQL input <c>SubmitFeedbackInput</c>.</summary>
    public sealed record SubmitFeedbackInput(string SessionId, int Rating, string? Comment);

    public static SchemaBuilder AddFeedback(this SchemaBuilder builder) => builder
        .BindType<SessionFeedback>("SessionFeedback")
        .Resolve("SessionFeedback.id", context => GlobalId.Encode(NodeTypes.SessionFeedback, Source(context).Id))
        .Resolve("SessionFeedback.author", async context => await Loaders.ByKeyAsync(context, PersonShape.Shape, p => p.Id, Source(context).AuthorId))
        .Resolve("SessionFeedback.session", async context => await Loaders.ByKeyAsync(context, SessionShape.Shape, s => s.Id, Source(context).SessionId))
        .BindPayload("SubmitFeedbackPayload", typeof(ValidationError), typeof(ConflictError), typeof(NotFoundError), typeof(ForbiddenError))
        .Resolve<SubmitFeedbackInput>("Mutation.submitFeedback", async (input, context) =>
        {
            var data = await Mutations.StartAsync(context);
            var token = context.CancellationToken;
            var me = Mutations.RequirePerson(data, "give feedback");
            var session = await Mutations.LoadAsync<Session>(data, input.SessionId, NodeTypes.Session, "sessionId", token, q => q.Include(s => s.Pairing));
            if (!PairingRules.IsParticipant(session.Pairing, me))
            {
                throw new PayloadErrorException(new ForbiddenError("sessionId", "Only the session's two participants rate it."));
            }

            var checks = new InputChecks();
            checks.Range(input.Rating, "rating", 1, 5);
            var comment = checks.Optional(input.Comment, "comment", CommentLength);
            checks.ThrowIfAny();
            Mutations.Refuse(FeedbackRules.Check(session, session.Pairing, me));
            if (await data.RunAsync(t => data.Db.SessionFeedback.AnyAsync(f => f.SessionId == session.Id && f.AuthorId == me, t), token))
            {
                throw new PayloadErrorException(new ConflictError(ErrorCodes.AlreadyExists, null, "sessionId", "You have already rated this session."));
            }

            var feedback = new SessionFeedback { SessionId = session.Id, AuthorId = me, Rating = input.Rating, Comment = comment };
            data.Db.SessionFeedback.Add(feedback);
            await Mutations.SaveAsync(data, token);
            return Payload.Success(feedback);
        });

    private static SessionFeedback Source(IResolveFieldContext context) => (SessionFeedback)context.Source!;
}
