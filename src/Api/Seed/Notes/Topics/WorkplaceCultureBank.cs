namespace MentorGraph.Api.Seed.Notes.Topics;

/// <summary>How people work together: generations, inclusion, hybrid work, engagement, retention, wellbeing, trust.</summary>
internal static class WorkplaceCultureBank
{
    public static TopicBank Bank { get; } = new()
    {
        Topic = "WORKPLACE_CULTURE",
        Subjects =
        [
            "what makes early-career people stay or leave", "hybrid work and the office days", "how different generations read the same policy",
            "the engagement survey results", "burnout on the busiest teams", "inclusion in meetings", "the return-to-office announcement",
            "cameras on or off in video calls", "how new joiners are onboarded", "whether loyalty to an employer still exists",
            "the four-day week pilot", "psychological safety", "after-work socials and who they leave out", "flexible hours",
            "how trust is built on a remote team", "what people mean by a good manager",
        ],
        HowTos =
        [
            "run a meeting where the quiet people speak", "welcome a new joiner in the first week", "read the engagement survey beyond the averages",
            "talk about workload without it sounding like a complaint", "make a hybrid meeting fair for the people on the screen",
            "ask a team what would make them stay",
        ],
        Details =
        [
            "We compared our first weeks at the company, about twenty-five years apart, and some of it hadn't changed at all.",
            "S: I asked {O} honestly why three people from {their} intake have left this year.",
            "JT: I explained to {O} that for most of my friends a job is not for life, and that it isn't disloyalty.",
            "We went through the engagement survey comments for {O}'s area, not just the scores.",
            "J: We talked about the office days: I come in to see people, {O} comes in to get work done, and that is the whole problem.",
            "We talked about burnout on the support team and what a manager can actually change.",
            "SL: {O} told me the return-to-office email read like a punishment to most of the junior staff.",
            "JL: {O} explained why the leadership team wanted more office days, which nobody had ever told us.",
            "We disagreed on cameras in video calls and ended up agreeing it depends on the meeting.",
            "We talked about who gets invited to the after-work drinks and who quietly doesn't.",
            "We swapped stories about the best manager each of us has had, and they had a lot in common.",
            "We talked about how hard it is to say you're struggling when everyone looks busy.",
            "We discussed what the four-day week pilot taught the teams that tried it.",
            "S: We talked about how onboarding felt for {O} and what nobody told {them} in the first month.",
        ],
        Insights =
        [
            "that people leave managers more than companies", "how differently we each see the office days", "that the return-to-office email landed so badly",
            "how much of the survey is in the comments, not the scores", "that younger colleagues don't see moving on as disloyal",
            "how little has changed about the first week here", "how much the quiet people have to say when asked directly",
            "that the best managers we had did the same few things", "how hard it is to admit you're overloaded",
        ],
        NextSteps =
        [
            "read the rest of the survey comments", "try a meeting format where everyone speaks", "look at the onboarding plan for new joiners",
            "talk to a few people who left", "go through the hybrid policy together", "invite someone from the pilot team",
            "plan a proper welcome for the next intake",
        ],
        LessonTitles =
        [
            "People leave managers", "Read the survey comments", "The office means different things to different people", "Moving on is not disloyalty",
            "Give the quiet people a turn", "A first week that works", "Hybrid meetings that are fair to the screen",
        ],
        Goals =
        [
            "Understand how different generations experience hybrid work here",
            "Hear honestly what makes people stay or leave",
            "Learn what a good manager looks like to a new joiner",
            "Help build a team people want to stay in",
        ],
    };
}
