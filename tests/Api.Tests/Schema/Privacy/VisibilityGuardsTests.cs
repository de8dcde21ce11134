using System.Reflection;
using MentorGraph.Api.Auth;
using MentorGraph.Api.Schema.Privacy;
using MentorGraph.Api.Schema.Viewer;
using MentorGraph.Persistence.Entities;

namespace MentorGraph.Api.Tests.Schema.Privacy;

/// <summary>
/// <see cref="Visibility.Guards"/> is how a filter's navigations meet the row rules: an entity type with a rule but
/// no guard would be open to filters through it, so every rule must be there.
/// </summary>
public class VisibilityGuardsTests
{
    private static readonly ViewerInfo Member = new("member@example.com", 42, [Roles.Member]);
    private static readonly ViewerInfo Admin = new("admin@example.com", 7, [Roles.Admin, Roles.Member]);
    private static readonly ViewerInfo NoPerson = new("integration@example.com", null, [Roles.Member]);

    public static TheoryData<Type> EntityTypes() =>
        [.. typeof(Person).Assembly.GetTypes().Where(t => t.Namespace == typeof(Person).Namespace && t.IsClass && !t.IsAbstract && !t.IsGenericType && !t.IsNested)];

    [Theory]
    [MemberData(nameof(EntityTypes))]
    public void EveryEntityTypeWithARule_IsGuarded_ForEveryKindOfViewer(Type entityType)
    {
        foreach (var viewer in new[] { Member, Admin, NoPerson })
        {
            var rule = typeof(Visibility).GetMethod(nameof(Visibility.Rule), BindingFlags.Public | BindingFlags.Static)!
                .MakeGenericMethod(entityType)
                .Invoke(null, [viewer]);

            Assert.Equal(rule is not null, Visibility.Guards(viewer).For(entityType) is not null);
        }
    }

    [Fact]
    public void TheDomainsPrivateTypes_AreGuardedForAMember()
    {
        var guards = Visibility.Guards(Member);

        Assert.All(
            new[] { typeof(Pairing), typeof(PairingStatusChange), typeof(Session), typeof(SessionNote), typeof(SessionFeedback), typeof(Lesson), typeof(NoteRead) },
            type => Assert.NotNull(guards.For(type)));
        Assert.Null(guards.For(typeof(Person)));
    }
}
