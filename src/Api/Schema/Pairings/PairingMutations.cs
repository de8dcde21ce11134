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

namespace MentorGraph.Api.Schema.Pairings;

/// <summary>
/// <c>proposePairing</c> and the six transitions, each exactly one edge of <see cref="PairingStateMachine"/>
/// (accept, decline, pause, resume, complete, cancel). Every refusal — a status without that edge, a stale
/// version, a senior not above the junior, a second open pairing of the two — is a typed payload error, decided
/// before anything is written; the status history gets one entry with each change.
/// </summary>
internal static class PairingMutations
{
    private const int ExpectsLength = 4000;
    private const int ReasonLength = 2000;

    private static readonly (string Field, PairingAction Action)[] Transitions =
    [
        ("acceptPairing", PairingAction.Accept),
        ("declinePairing", PairingAction.Decline),
        ("pausePairing", PairingAction.Pause),
        ("resumePairing", PairingAction.Resume),
        ("completePairing", PairingAction.Complete),
        ("cancelPairing", PairingAction.Cancel),
    ];

    public static SchemaBuilder AddPairingMutations(this SchemaBuilder builder)
    {
        builder
            .BindPayload("ProposePairingPayload", typeof(ValidationError), typeof(ConflictError), typeof(NotFoundError), typeof(ForbiddenError))
            .Resolve<ProposePairingInput>("Mutation.proposePairing", (input, context) => ProposeAsync(input, context));
        foreach (var (field, action) in Transitions)
        {
            var payload = char.ToUpperInvariant(field[0]) + field[1..] + "Payload";
            builder
                .BindPayload(payload, typeof(InvalidTransitionError), typeof(ConflictError), typeof(NotFoundError), typeof(ForbiddenError), typeof(ValidationError))
                .Resolve<PairingTransitionInput>("Mutation." + field, (input, context) => TransitionAsync(input, action, context));
        }

        return builder;
    }

    private static async ValueTask<object?> ProposeAsync(ProposePairingInput input, IResolveFieldContext context)
    {
        var data = await Mutations.StartAsync(context);
        var token = context.CancellationToken;
        var checks = new InputChecks();
        var seniorExpects = checks.Optional(input.SeniorExpects, "seniorExpects", ExpectsLength) ?? string.Empty;
        var juniorExpects = checks.Optional(input.JuniorExpects, "juniorExpects", ExpectsLength) ?? string.Empty;
        checks.ThrowIfAny();

        var program = await Mutations.LoadAsync<MentoringProgram>(data, input.ProgramId, NodeTypes.Program, "programId", token);
        var senior = await Mutations.LoadAsync<Person>(data, input.SeniorId, NodeTypes.Person, "seniorId", token);
        var junior = await Mutations.LoadAsync<Person>(data, input.JuniorId, NodeTypes.Person, "juniorId", token);
        var viewer = data.Viewer;
        if (!viewer.IsAdmin && viewer.PersonId != senior.Id && viewer.PersonId != junior.Id)
        {
            throw new PayloadErrorException(new ForbiddenError(null, "Members propose only pairings they are part of."));
        }

        Mutations.Refuse(PairingRules.CheckParticipants(senior, junior));
        var open = PairingStateMachine.OpenStatuses.ToList();
        var (a, b) = (senior.Id, junior.Id);
        var exists = await data.RunAsync(
            t => data.Db.Pairings.AnyAsync(
                p => p.ProgramId == program.Id && open.Contains(p.Status)
                    && ((p.SeniorId == a && p.JuniorId == b) || (p.SeniorId == b && p.JuniorId == a)),
                t),
            token);
        if (exists)
        {
            throw new PayloadErrorException(new ConflictError(
                ErrorCodes.AlreadyExists, null, "juniorId", "These two people already have an open pairing in this program."));
        }

        var pairing = new Pairing
        {
            ProgramId = program.Id,
            SeniorId = senior.Id,
            JuniorId = junior.Id,
            SeniorExpects = seniorExpects,
            JuniorExpects = juniorExpects,
            Cadence = input.Cadence ?? program.DefaultCadence,
        };
        PairingTransitions.Propose(pairing, viewer.PersonId, data.Clock.GetUtcNow(), data.Pairings.RespondWithin);
        data.Db.Pairings.Add(pairing);
        await Mutations.SaveAsync(data, token);
        return Payload.Success(pairing);
    }

    private static async ValueTask<object?> TransitionAsync(PairingTransitionInput input, PairingAction action, IResolveFieldContext context)
    {
        var data = await Mutations.StartAsync(context);
        var token = context.CancellationToken;
        var pairing = await Mutations.LoadAsync<Pairing>(data, input.PairingId, NodeTypes.Pairing, "pairingId", token);
        CheckAllowed(data, pairing, action);
        Mutations.CheckVersion(data, pairing, input.Version);
        var checks = new InputChecks();
        var reason = checks.Optional(input.Reason, "reason", ReasonLength);
        checks.ThrowIfAny();
        Mutations.Refuse(PairingTransitions.Apply(pairing, action, data.Viewer.PersonId, reason, data.Clock.GetUtcNow()));
        await Mutations.SaveAsync(data, token, pairing);
        return Payload.Success(pairing);
    }

    /// <summary>
    /// ADMIN may take any step. A participant may too, except answering a proposal they made themselves: the
    /// other side accepts or declines.
    /// </summary>
    private static void CheckAllowed(RequestData data, Pairing pairing, PairingAction action)
    {
        var viewer = data.Viewer;
        if (viewer.IsAdmin)
        {
            return;
        }

        if (action is PairingAction.Accept or PairingAction.Decline && viewer.PersonId == pairing.ProposedById)
        {
            throw new PayloadErrorException(new ForbiddenError(null, "The other participant answers your proposal."));
        }

        if (viewer.PersonId != pairing.SeniorId && viewer.PersonId != pairing.JuniorId)
        {
            throw new PayloadErrorException(new ForbiddenError(null, "Only the pairing's participants or an ADMIN change it."));
        }
    }
}
