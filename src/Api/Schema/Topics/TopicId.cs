namespace MentorGraph.Api.Schema.Topics;

/// <summary>The topics of the taxonomy, as the GraphQL enum <c>TopicId</c> (SOCIAL_MEDIA ↔ SocialMedia).</summary>
public enum TopicId
{
    SocialMedia,
    DigitalMarketing,
    EmergingTech,
    DataAnalytics,
    CustomerInsight,
    CompetitiveLandscape,
    BusinessFundamentals,
    Leadership,
    Communication,
    CareerGrowth,
    WorkplaceCulture,
    ProductivityTools,
}
