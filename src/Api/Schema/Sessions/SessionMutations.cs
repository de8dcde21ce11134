using MentorGraph.Analytics;
using MentorGraph.Api.Schema.Common;
using MentorGraph.Api.Schema.Errors;
using MentorGraph.Api.Schema.Nodes;
using MentorGraph.GraphQL.Conventions;
using MentorGraph.GraphQL.Execution;
using MentorGraph.GraphQL.Execution.Binding;
using MentorGraph.GraphQL.Types;
using MentorGraph.Persistence.Domain;
using MentorGraph.Persistence.Entities;
using Microsoft.EntityFrameworkCore;

namespace MentorGraph.Api.Schema.Sessions;

/// <summary>
/// <c>scheduleSession</c> (past times allowed: sessions are often recorded afterwards) and the three steps out of
/// SCHEDULED (<see cref="SessionStateMachine"/>): complete (not in the future), cancel, mark missed. Either
/// participant of the pairing or an ADMIN.
/// </summary>
internal static class SessionMutations
{
    private const int MaxMinutes = 1440;
    private const int ReasonLength = 2000;

    public static SchemaBuilder AddSessionMutations(this SchemaBuilder builder) => builder
        .BindPayload("ScheduleSessionPayload", typeof(ValidationError), typeof(NotFoundError), typeof(ForbiddenError))
        .BindPayload("CompleteSessionPayload", typeof(InvalidTransitionError), typeof(ConflictError), typeof(ValidationError), typeof(NotFoundError), typeof(ForbiddenError))
        .BindPayload("CancelSessionPayload", typeof(InvalidTransitionError), typeof(ConflictError), typeof(ValidationError), typeof(NotFoundError), typeof(ForbiddenError))
        .BindPayload("MarkSessionMissedPayload", typeof(InvalidTransitionError), typeof(ConflictError), typeof(ValidationError), typeof(NotFoundError), typeof(ForbiddenError))
        .Resolve<ScheduleSessionInput>("Mutation.scheduleSession", async (input, context) =>
        {
            var data = await Mutations.StartAsync(context);
            var pairing = await Mutations.LoadAsync<Pairing>(data, input.PairingId, NodeTypes.Pairing, "pairingId", context.CancellationToken);
            CheckAllowed(data, pairing);
            var checks = new InputChecks();
            checks.Range(input.DurationMinutes, "durationMinutes", 1, MaxMinutes);
            if (pairing.StartedAt is null)
            {
                checks.Add(new ValidationError("pairingId", ValidationCodes.InvalidValue,
                    $"The pairing is {EnumText<PairingStatus>.ToText(pairing.Status)} and has never been active; sessions are for pairings that started."));
            }

            checks.ThrowIfAny();
            var session = new Session { PairingId = pairing.Id, ScheduledAt = input.ScheduledAt, DurationMinutes = input.DurationMinutes, Format = input.Format };
            data.Db.Sessions.Add(session);
            await Mutations.SaveAsync(data, context.CancellationToken);
            return Payload.Success(session);
        })
        .Resolve<CompleteSessionInput>("Mutation.completeSession", async (input, context) =>
        {
            var (data, session) = await LoadAsync(input.SessionId, input.Version, context);
            var checks = new InputChecks();
            if (input.DurationMinutes is { } minutes)
            {
                checks.Range(minutes, "durationMinutes", 1, MaxMinutes);
            }

            checks.ThrowIfAny();
            Mutations.Refuse(SessionTransitions.Complete(session, input.OccurredAt, input.DurationMinutes, data.Clock.GetUtcNow()));
            await Mutations.SaveAsync(data, context.CancellationToken, session);
            return Payload.Success(session);
        })
        .Resolve<CloseSessionInput>("Mutation.cancelSession", (input, context) => CloseAsync(input, SessionAction.Cancel, context))
        .Resolve<CloseSessionInput>("Mutation.markSessionMissed", (input, context) => CloseAsync(input, SessionAction.MarkMissed, context));

    private static async ValueTask<object?> CloseAsync(CloseSessionInput input, SessionAction action, IResolveFieldContext context)
    {
        var (data, session) = await LoadAsync(input.SessionId, input.Version, context);
        var checks = new InputChecks();
        var reason = checks.Optional(input.Reason, "reason", ReasonLength);
        checks.ThrowIfAny();
        Mutations.Refuse(SessionTransitions.Close(session, action, reason));
        await Mutations.SaveAsync(data, context.CancellationToken, session);
        return Payload.Success(session);
    }

    /// <summary>The session (with its pairing, for the participants) the viewer may change, at the version they read.</summary>
    private static async Task<(RequestData Data, Session Session)> LoadAsync(string sessionId, int version, IResolveFieldContext context)
    {
        var data = await Mutations.StartAsync(context);
        var session = await Mutations.LoadAsync<Session>(data, sessionId, NodeTypes.Session, "sessionId", context.CancellationToken, q => q.Include(s => s.Pairing));
        CheckAllowed(data, session.Pairing);
        Mutations.CheckVersion(data, session, version);
        return (data, session);
    }

    private static void CheckAllowed(RequestData data, Pairing pairing)
    {
        var viewer = data.Viewer;
        if (!viewer.IsAdmin && viewer.PersonId != pairing.SeniorId && viewer.PersonId != pairing.JuniorId)
        {
            throw new PayloadErrorException(new ForbiddenError(null, "Only the pairing's participants or an ADMIN change its sessions."));
        }
    }
}
