using System.Text.RegularExpressions;
using MentorGraph.Analytics;
using MentorGraph.Api.Schema.Common;
using MentorGraph.Api.Schema.Errors;
using MentorGraph.Api.Schema.Nodes;
using MentorGraph.GraphQL.Conventions;
using MentorGraph.GraphQL.Execution.Binding;
using MentorGraph.GraphQL.Types;
using MentorGraph.Persistence.Domain;
using MentorGraph.Persistence.Entities;
using Microsoft.EntityFrameworkCore;

namespace MentorGraph.Api.Schema.People;

/// <summary>
/// <c>createPerson</c> (ADMIN, by the SDL) and <c>updatePerson</c>: members change their own name, title and
/// topics; ADMIN anything. Deactivating a leaver cancels their open pairings (with the reason given) in the same
/// transaction; nobody is ever deleted.
/// </summary>
internal static partial class PeopleMutations
{
    private const int NameLength = 200;
    private const int EmailLength = 320;
    private const int ReasonLength = 2000;

    public static SchemaBuilder AddPeopleMutations(this SchemaBuilder builder) => builder
        .BindPayload("CreatePersonPayload", typeof(ValidationError), typeof(ConflictError), typeof(NotFoundError))
        .BindPayload("UpdatePersonPayload", typeof(ValidationError), typeof(ConflictError), typeof(NotFoundError), typeof(ForbiddenError))
        .Resolve<CreatePersonInput>("Mutation.createPerson", async (input, context) =>
        {
            var data = await Mutations.StartAsync(context);
            var token = context.CancellationToken;
            var checks = new InputChecks();
            var name = checks.Required(input.Name, "name", NameLength);
            var email = CheckEmail(checks, input.Email);
            var title = checks.Optional(input.Title, "title", NameLength);
            checks.ThrowIfAny();
            var departmentId = input.DepartmentId is null ? (long?)null : await DepartmentAsync(data, input.DepartmentId, token);
            await RequireFreeEmailAsync(data, email, null, token);

            var person = new Person { Name = name, Email = email, Title = title, DepartmentId = departmentId, Band = input.Band, Active = true };
            person.CanTeach.AddRange(input.CanTeach.Distinct().Select(t => new PersonCanTeach { TopicId = t.Name }));
            person.WantsToLearn.AddRange(input.WantsToLearn.Distinct().Select(t => new PersonWantsToLearn { TopicId = t.Name }));
            data.Db.People.Add(person);
            await Mutations.SaveAsync(data, token);
            data.Viewers.Forget(email);
            return Payload.Success(person);
        })
        .Resolve<UpdatePersonInput>("Mutation.updatePerson", async (input, context) =>
        {
            var data = await Mutations.StartAsync(context);
            var token = context.CancellationToken;
            var person = await Mutations.LoadAsync<Person>(data, input.PersonId, NodeTypes.Person, "personId", token,
                q => q.Include(p => p.CanTeach).Include(p => p.WantsToLearn));
            var viewer = data.Viewer;
            if (!viewer.IsAdmin)
            {
                if (viewer.PersonId != person.Id)
                {
                    throw new PayloadErrorException(new ForbiddenError("personId", "Only an ADMIN changes someone else's profile."));
                }

                var adminOnly = new (string Field, bool Given)[]
                {
                    ("email", input.Email.HasValue), ("departmentId", input.DepartmentId.HasValue), ("band", input.Band.HasValue), ("active", input.Active.HasValue),
                }.Where(f => f.Given).Select(f => (PayloadError)new ForbiddenError(f.Field, $"Only an ADMIN changes {f.Field}.")).ToList();
                Mutations.Refuse(adminOnly);
            }

            Mutations.CheckVersion(data, person, input.Version);
            var checks = new InputChecks();
            if (input.Name.HasValue)
            {
                person.Name = checks.Required(input.Name.Value, "name", NameLength);
            }

            var formerEmail = person.Email;
            if (input.Email.HasValue)
            {
                person.Email = CheckEmail(checks, input.Email.Value);
            }

            if (input.Title.HasValue)
            {
                person.Title = checks.Optional(input.Title.Value, "title", NameLength);
            }

            if (input.Band is { HasValue: true, Value: null })
            {
                checks.Add(new ValidationError("band", ValidationCodes.Empty, "band cannot be cleared."));
            }

            if (input.Active is { HasValue: true, Value: null })
            {
                checks.Add(new ValidationError("active", ValidationCodes.Empty, "active cannot be cleared."));
            }

            var reason = checks.Optional(input.Reason, "reason", ReasonLength);
            checks.ThrowIfAny();
            if (input.Email.HasValue)
            {
                await RequireFreeEmailAsync(data, person.Email, person.Id, token);
            }

            if (input.DepartmentId.HasValue)
            {
                person.DepartmentId = input.DepartmentId.Value is null ? null : await DepartmentAsync(data, input.DepartmentId.Value, token);
            }

            if (input.Band is { HasValue: true, Value: { } band })
            {
                person.Band = band;
            }

            if (input.CanTeach is { HasValue: true } canTeach)
            {
                person.CanTeach.Clear();
                person.CanTeach.AddRange((canTeach.Value ?? []).Distinct().Select(t => new PersonCanTeach { PersonId = person.Id, TopicId = t.Name }));
            }

            if (input.WantsToLearn is { HasValue: true } wantsToLearn)
            {
                person.WantsToLearn.Clear();
                person.WantsToLearn.AddRange((wantsToLearn.Value ?? []).Distinct().Select(t => new PersonWantsToLearn { PersonId = person.Id, TopicId = t.Name }));
            }

            var now = data.Clock.GetUtcNow();
            if (input.Active is { HasValue: true, Value: false } && person.Active)
            {
                person.Active = false;
                person.DeactivatedAt = now;
                await CancelOpenPairingsAsync(data, person, reason ?? $"{person.Name} was deactivated.", now, token);
            }
            else if (input.Active is { HasValue: true, Value: true } && !person.Active)
            {
                person.Active = true;
                person.DeactivatedAt = null;
            }

            // A change of topics alone is a change of the person: its version moves too.
            data.Db.Entry(person).Property(p => p.UpdatedAt).IsModified = true;
            await Mutations.SaveAsync(data, token, person);
            if (!string.Equals(formerEmail, person.Email, StringComparison.Ordinal))
            {
                data.Viewers.Forget(formerEmail);
                data.Viewers.Forget(person.Email);
            }

            return Payload.Success(person);
        });

    /// <summary>A leaver's open pairings end as CANCELLED, each with the reason and who deactivated them in its history.</summary>
    private static async Task CancelOpenPairingsAsync(RequestData data, Person person, string reason, DateTimeOffset now, CancellationToken token)
    {
        var open = PairingStateMachine.OpenStatuses.ToList();
        var pairings = await data.RunAsync(
            t => data.Db.Pairings.Where(p => (p.SeniorId == person.Id || p.JuniorId == person.Id) && open.Contains(p.Status)).ToListAsync(t),
            token);
        foreach (var pairing in pairings)
        {
            Mutations.Refuse(PairingTransitions.Apply(pairing, PairingAction.CancelForLeaver, data.Viewer.PersonId, reason, now));
        }
    }

    private static string CheckEmail(InputChecks checks, string? value)
    {
        var email = checks.Required(value, "email", EmailLength);
        if (email.Length is > 0 and <= EmailLength && !EmailShape().IsMatch(email))
        {
            checks.Add(new ValidationError("email", ValidationCodes.InvalidValue, $"\"{email}\" is not an email address."));
        }

        return email;
    }

    private static async Task<long> DepartmentAsync(RequestData data, string id, CancellationToken token) =>
        (await Mutations.LoadAsync<Department>(data, id, NodeTypes.Department, "departmentId", token)).Id;

    private static async Task RequireFreeEmailAsync(RequestData data, string email, long? except, CancellationToken token)
    {
        var lowered = email.ToLowerInvariant();
        var taken = await data.RunAsync(t => data.Db.People.AnyAsync(p => p.Email.ToLower() == lowered && p.Id != except, t), token);
        if (taken)
        {
            throw new PayloadErrorException(new ConflictError(ErrorCodes.AlreadyExists, null, "email", "Someone already has this email."));
        }
    }

    /// <summary>The database's email CHECK: one @, no spaces, something on both sides.</summary>
    [GeneratedRegex(@"^[^@\s]+@[^@\s]+$")]
    private static partial Regex EmailShape();
}
