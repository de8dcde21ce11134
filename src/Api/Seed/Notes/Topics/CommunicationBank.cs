namespace MentorGraph.Api.Seed.Notes.Topics;

/// <summary>Presenting, writing, giving and receiving feedback, listening, running meetings, styles.</summary>
internal static class CommunicationBank
{
    public static TopicBank Bank { get; } = new()
    {
        Topic = "COMMUNICATION",
        Subjects =
        [
            "presenting to the executive team", "writing an update executives will actually read", "giving feedback that lands",
            "receiving critical feedback without getting defensive", "running a meeting that ends on time", "the one-slide summary",
            "speaking up in a room full of senior people", "storytelling with numbers", "email tone", "active listening",
            "handling questions you can't answer", "async updates in chat versus meetings", "a town hall speech",
            "how different generations read the same message", "saying the bottom line first",
        ],
        HowTos =
        [
            "put the bottom line in the first sentence", "cut a presentation to five slides", "give feedback with a concrete example",
            "handle a question with no ready answer", "end a meeting with clear owners", "write a one-paragraph update",
            "open a presentation without apologising", "ask for feedback that's actually useful",
        ],
        Details =
        [
            "L: We ran through my slides for Thursday and {O} stopped me after the first minute.",
            "ST: I showed {O} how I rewrite the first paragraph of every email before I send it.",
            "JT: I pointed out, as kindly as I could, that {O}'s messages in chat read as angry to most of my team.",
            "We practised giving feedback on a real situation from {O}'s week.",
            "We talked about the difference between a message that informs and one that asks for a decision.",
            "We cut a twelve-slide deck down to four, and it got better each time.",
            "ST: I told {O} that the executive team decides in the first two minutes, so that's where the ask goes.",
            "JL: {O} explained how {they} prepared for the questions nobody wanted to ask at the last town hall.",
            "L: We recorded a two-minute version of the pitch on my phone and watched it back. Painful but useful.",
            "We compared how each of us reads a message with no greeting and a full stop at the end.",
            "We talked about meetings that could have been a short written update.",
            "A lot of it was about listening: repeating back what you heard before answering.",
            "We rehearsed what to say when the numbers are bad and someone senior is annoyed.",
            "L: We went through my last status update and moved the conclusion to the top.",
        ],
        Insights =
        [
            "that executives decide in the first two minutes", "how differently a full stop reads to people my age", "that the ask should be in the first sentence",
            "how much better four slides are than twelve", "that 'I don't know yet, I'll find out' is a perfectly good answer",
            "how often I interrupt without noticing", "that feedback works best with one concrete example", "how short a useful update can be",
            "that silence in a meeting is usually not agreement",
        ],
        NextSteps =
        [
            "rehearse the quarterly presentation", "L: rewrite my weekly update", "practise a difficult feedback conversation",
            "L: watch the recording of my talk together", "run the next team meeting with a written agenda", "prepare for the town hall questions",
            "try a week of bottom-line-first emails",
        ],
        LessonTitles =
        [
            "Bottom line first", "Four slides beat twelve", "Executives decide in two minutes", "Feedback needs one concrete example",
            "How a full stop reads in chat", "'I'll find out' is an answer", "Silence is not agreement", "Meetings that should be updates",
        ],
        Goals =
        [
            "Present to senior audiences with confidence",
            "Write updates executives actually read",
            "Get better at giving and receiving feedback",
            "Understand how my messages land with younger colleagues",
        ],
    };
}
