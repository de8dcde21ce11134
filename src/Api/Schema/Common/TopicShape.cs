using MentorGraph.Analytics;
using MentorGraph.GraphQL.Data.Declarations;
using MentorGraph.Persistence.Entities;

namespace MentorGraph.Api.Schema.Common;

/// <summary>
/// Topics as filters see them: a lesson's topic, and the elements of a person's <c>canTeach</c> /
/// <c>wantsToLearn</c> lists (<c>canTeach: { some: { id: { eq: SOCIAL_MEDIA } } }</c>). The GraphQL <c>TopicId</c>
/// values are the taxonomy's <see cref="TopicDefinition"/>s; the rows hold their names.
/// </summary>
public static class TopicShape
{
    public static EntityShape<Topic> Shape { get; } = new EntityShape<Topic>("Topic")
        .Key(t => t.Id)
        .Enum("id", t => t.Id, "TopicId", fromGraphQL: value => ((TopicDefinition)value).Name)
        .Field("title", t => t.Title);
}
