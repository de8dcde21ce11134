namespace MentorGraph.Analytics.Tests;

/// <summary>Small hand-written labeled notes for unit tests (not the corpus).</summary>
internal static class TestNotes
{
    public static LabeledNote Labeled(string id, string text, ParticipantRole author, string topic, string direction) =>
        new(id, new Note(text, author, "Tom Baker", "Maya Lopez"), topic, direction);

    /// <summary>A tiny, clearly separable set: two topics, three directions, both authors.</summary>
    public static IReadOnlyList<LabeledNote> Tiny() =>
    [
        Labeled("t1", "Maya showed me how Instagram reels and followers work.", ParticipantRole.Senior, "social-media", "UPWARD"),
        Labeled("t2", "I showed Tom how TikTok followers and posting work.", ParticipantRole.Junior, "social-media", "UPWARD"),
        Labeled("t3", "Tom explained our budget and the P&L to me.", ParticipantRole.Junior, "business-fundamentals", "DOWNWARD"),
        Labeled("t4", "I walked Maya through the budget, pricing and the P&L.", ParticipantRole.Senior, "business-fundamentals", "DOWNWARD"),
        Labeled("t5", "We traded ideas: I showed Tom LinkedIn posting and he showed me his follower strategy.", ParticipantRole.Junior, "social-media", "MUTUAL"),
        Labeled("t6", "Maya taught me pricing on Instagram shops; I taught her how our budget works.", ParticipantRole.Senior, "business-fundamentals", "MUTUAL"),
        Labeled("t7", "Maya explained Instagram stories and reels to me.", ParticipantRole.Senior, "social-media", "UPWARD"),
        Labeled("t8", "Tom showed me how forecasting the budget and pricing works.", ParticipantRole.Junior, "business-fundamentals", "DOWNWARD"),
    ];
}
