using MentorGraph.Analytics;
using MentorGraph.Api.Schema.Common;
using MentorGraph.Api.Schema.Errors;
using MentorGraph.Api.Schema.Nodes;
using MentorGraph.Api.Schema.Pairings;
using MentorGraph.Api.Schema.Privacy;
using MentorGraph.GraphQL.Conventions;
using MentorGraph.GraphQL.Data.Binding;
using MentorGraph.GraphQL.Execution;
using MentorGraph.GraphQL.Execution.Binding;
using MentorGraph.GraphQL.Types;
using MentorGraph.Persistence.Entities;

namespace MentorGraph.Api.Schema.Programs;

/// <summary>The type <c>Program</c>, <c>Query.programs</c>/<c>program</c>, and <c>createProgram</c>/<c>updateProgram</c> (ADMIN, by the SDL).</summary>
internal static class ProgramResolvers
{
    private const int NameLength = 200;
    private const int TextLength = 10_000;

    public static SchemaBuilder AddPrograms(this SchemaBuilder builder) => builder
        .BindType<MentoringProgram>("Program")
        .BindEnum<Cadence>("Cadence")
        .Resolve("Program.id", context => GlobalId.Encode(NodeTypes.Program, Source(context).Id))
        .Resolve("Program.cadence", context => Source(context).DefaultCadence)
        .ResolveBatchedConnection<MentoringProgram, long, Pairing>(
            "Program.pairings",
            PairingShape.Shape,
            p => p.Id,
            context => RequestData.Of(context).Db.Programs,
            (context, keys) =>
            {
                var data = RequestData.Of(context);
                FilterGuard.Check(context, data);
                var batch = keys.ToList();
                var pairings = data.Visible<Pairing>().Where(p => batch.Contains(p.ProgramId));
                return program => pairings.Where(p => p.ProgramId == program.Id);
            },
            settings => settings.OrderByDefault(p => p.ProposedAt, descending: true))
        .ResolveConnection(
            "Query.programs",
            ProgramShape.Shape,
            context => RequestData.Of(context).Visible<MentoringProgram>(),
            settings => settings.OrderByDefault(p => p.StartsOn, descending: true))
        .Resolve("Query.program", async context =>
            await Loaders.ByKeyAsync(context, ProgramShape.Shape, p => p.Id, Ids.ForArgument((string)context.Arguments["id"]!, NodeTypes.Program)))
        .BindPayload("CreateProgramPayload", typeof(ValidationError))
        .BindPayload("UpdateProgramPayload", typeof(ValidationError), typeof(ConflictError), typeof(NotFoundError))
        .Resolve<CreateProgramInput>("Mutation.createProgram", async (input, context) =>
        {
            var data = await Mutations.StartAsync(context);
            var checks = new InputChecks();
            var program = new MentoringProgram
            {
                Name = checks.Required(input.Name, "name", NameLength),
                Description = checks.Optional(input.Description, "description", TextLength) ?? string.Empty,
                Goals = checks.Optional(input.Goals, "goals", TextLength) ?? string.Empty,
                StartsOn = input.StartsOn,
                EndsOn = input.EndsOn,
                DefaultCadence = input.Cadence,
            };
            CheckDates(checks, program);
            checks.ThrowIfAny();
            data.Db.Programs.Add(program);
            await Mutations.SaveAsync(data, context.CancellationToken);
            return Payload.Success(program);
        })
        .Resolve<UpdateProgramInput>("Mutation.updateProgram", async (input, context) =>
        {
            var data = await Mutations.StartAsync(context);
            var program = await Mutations.LoadAsync<MentoringProgram>(data, input.ProgramId, NodeTypes.Program, "programId", context.CancellationToken);
            Mutations.CheckVersion(data, program, input.Version);
            var checks = new InputChecks();
            if (input.Name.HasValue)
            {
                program.Name = checks.Required(input.Name.Value, "name", NameLength);
            }

            if (input.Description.HasValue)
            {
                program.Description = checks.Optional(input.Description.Value, "description", TextLength) ?? string.Empty;
            }

            if (input.Goals.HasValue)
            {
                program.Goals = checks.Optional(input.Goals.Value, "goals", TextLength) ?? string.Empty;
            }

            program.StartsOn = Given(input.StartsOn, "startsOn", checks) ?? program.StartsOn;
            program.EndsOn = Given(input.EndsOn, "endsOn", checks) ?? program.EndsOn;
            program.DefaultCadence = Given(input.Cadence, "cadence", checks) ?? program.DefaultCadence;
            CheckDates(checks, program);
            checks.ThrowIfAny();
            await Mutations.SaveAsync(data, context.CancellationToken, program);
            return Payload.Success(program);
        });

    private static void CheckDates(InputChecks checks, MentoringProgram program)
    {
        if (program.EndsOn < program.StartsOn)
        {
            checks.Add(new ValidationError("endsOn", ValidationCodes.OutOfRange, "endsOn must be on or after startsOn."));
        }
    }

    /// <summary>A non-null field given as null cannot be cleared.</summary>
    private static T? Given<T>(Optional<T?> value, string field, InputChecks checks)
        where T : struct
    {
        if (value is { HasValue: true, Value: null })
        {
            checks.Add(new ValidationError(field, ValidationCodes.Empty, $"{field} cannot be cleared."));
        }

        return value.HasValue ? value.Value : null;
    }

    private static MentoringProgram Source(IResolveFieldContext context) => (MentoringProgram)context.Source!;
}
