namespace MentorGraph.Api.Seed.Notes.Topics;

/// <summary>Leading people: delegation, decisions, managing a team, executive presence, change, hard people calls.</summary>
internal static class LeadershipBank
{
    public static TopicBank Bank { get; } = new()
    {
        Topic = "LEADERSHIP",
        Subjects =
        [
            "delegation", "making a decision with half the information", "the first ninety days as a new manager", "leading a team through a reorganisation",
            "difficult conversations about performance", "executive presence", "managing people who used to be peers", "how to say no to a senior stakeholder",
            "leading change when people are tired of change", "building trust in a new team", "taking the blame for a team's mistake",
            "running a team across three time zones", "when to step in and when to let the team struggle", "hiring the first person for a new team",
            "the restructuring last year", "keeping a team motivated after a lost bid",
        ],
        HowTos =
        [
            "delegate a task without taking it back", "make a call when the data is incomplete", "prepare for a difficult performance conversation",
            "run a one-to-one that isn't a status update", "say no to a senior stakeholder", "introduce a change the team won't like",
            "give a team credit in public", "set priorities for a team when everything is urgent",
        ],
        Details =
        [
            "ST: I told {O} about the worst decision I made as a new manager and what it cost the team.",
            "JL: {O} was very open about how {they} handled the restructuring and what {they} would do differently now.",
            "L: We role-played a performance conversation and I was much less direct than I thought I'd be.",
            "We talked about the difference between being in charge and being trusted.",
            "ST: I explained why I sometimes decide quickly with sixty percent of the facts, and when I never would.",
            "JL: I asked {O} about staying calm in the executive meeting, and the honest answer was that it doesn't always work.",
            "Most of the session was about delegation: what to hand over, and how not to grab it back.",
            "We went through the announcement of the new structure and how it landed with different teams.",
            "J: We talked about managing friends, which I am about to have to do.",
            "We discussed how leaders show they can be wrong without losing the room.",
            "ST: I described the first time I had to let someone go, because {O} asked what it's really like.",
            "JL: {O} drew {their} own org chart from ten years ago and pointed out who had taught {them} the most.",
            "We talked about why the loudest person in a meeting is rarely the one who decides.",
            "We spent time on how to keep a team going in the third month of a hard project.",
            "SL: {O} told me how decisions from the top actually land with {their} team, which I rarely hear directly.",
            "SL: I asked {O} what makes a manager worth following, and the answer was not what I'd put in a leadership framework.",
            "We talked about what good leadership looks like from the bottom of the org chart versus the top.",
        ],
        Insights =
        [
            "how much of leadership is deciding what not to do", "that good leaders say 'I don't know' more than I thought",
            "how lonely some of the big decisions are", "that delegating means accepting it'll be done differently",
            "how much preparation goes into a difficult conversation", "that trust is built in small moments, not speeches",
            "how often executives decide with incomplete information", "that the restructuring was debated for months before anyone heard about it",
            "how much a manager's mood sets the mood of a team",
        ],
        NextSteps =
        [
            "practise the performance conversation again", "L: look at what I could delegate this month", "talk through the next reorganisation step",
            "J: plan my first ninety days as a team lead", "review how the last decision landed", "shadow one of the leadership meetings",
            "work on saying no to a stakeholder",
        ],
        LessonTitles =
        [
            "Delegate without taking it back", "Deciding with sixty percent of the facts", "Prepare the difficult conversation", "Trust is built in small moments",
            "Leading former peers", "Saying 'I don't know' as a leader", "What not to do is a decision too", "Leading change when people are tired",
        ],
        Goals =
        [
            "Learn how leaders make hard calls with incomplete information",
            "Prepare for my first team-lead role",
            "Understand delegation before I need it",
            "See how the leadership team really works",
        ],
    };
}
