namespace MentorGraph.Api.Seed.Notes;

/// <summary>
/// What people say about one topic, in pieces the note writer composes: concrete subjects, things one can be
/// shown how to do, sentences about what happened, what surprised the learner, what comes next, lesson titles,
/// and what a participant hopes to gain. Pieces may use <c>{O}</c> (the other participant's first name) and
/// <c>{they}</c>, <c>{them}</c>, <c>{their}</c> (their pronouns). A detail starting <c>S:</c> is only for a
/// senior author, <c>J:</c> only for a junior one.
/// </summary>
public sealed record TopicBank
{
    public required string Topic { get; init; }

    /// <summary>Noun phrases or how/why clauses: "LinkedIn carousel posts", "how the For You page picks videos".</summary>
    public required IReadOnlyList<string> Subjects { get; init; }

    /// <summary>Verb phrases that follow "how to": "schedule a week of posts in one go".</summary>
    public required IReadOnlyList<string> HowTos { get; init; }

    /// <summary>Whole sentences about the session, mostly in "we".</summary>
    public required IReadOnlyList<string> Details { get; init; }

    /// <summary>Clauses that follow "What surprised me was" or "I hadn't realised": "that ...", "how ...".</summary>
    public required IReadOnlyList<string> Insights { get; init; }

    /// <summary>Verb phrases that follow "Next time we'll".</summary>
    public required IReadOnlyList<string> NextSteps { get; init; }

    public required IReadOnlyList<string> LessonTitles { get; init; }

    /// <summary>What a learner hopes to gain: a pairing's expectations.</summary>
    public required IReadOnlyList<string> Goals { get; init; }
}
