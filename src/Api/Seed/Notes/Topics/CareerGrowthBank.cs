namespace MentorGraph.Api.Seed.Notes.Topics;

/// <summary>Career paths, promotions, networking, stretch assignments, building skills, sponsors.</summary>
internal static class CareerGrowthBank
{
    public static TopicBank Bank { get; } = new()
    {
        Topic = "CAREER_GROWTH",
        Subjects =
        [
            "what a promotion case really needs", "the difference between a mentor and a sponsor", "stretch assignments",
            "moving sideways into another department", "building a network beyond the immediate team", "specialist versus manager career paths",
            "asking for a pay rise", "the skills that will matter in five years", "internal job moves",
            "getting visible work without being pushy", "whether an MBA is worth it", "the performance review cycle",
            "finding a sponsor", "a career plan for the next two years",
        ],
        HowTos =
        [
            "write a promotion case", "ask for a stretch assignment", "make good work visible without bragging",
            "prepare for the performance review", "ask someone senior to be a sponsor", "plan the next two career moves",
            "network inside the company", "negotiate a raise",
        ],
        Details =
        [
            "ST: I told {O} how I got my first management job, which was mostly luck and one good sponsor.",
            "JL: {O} drew {their} career on a piece of paper and it was far less of a straight line than I imagined.",
            "JL: We went through my draft promotion case and cut everything that was just a list of tasks.",
            "We talked about the difference between people who help you and people who speak for you when you're not in the room.",
            "ST: I offered to introduce {O} to two people in strategy, since that team keeps coming up.",
            "JL: I asked {O} how to ask for a stretch project without sounding like I'm bored with my job.",
            "JL: We made a list of the people who will decide my next move and how many of them know my work.",
            "We compared the specialist path and the management path and what each really looks like day to day.",
            "We talked honestly about pay and how raises are decided here.",
            "JL: We looked at internal job postings together and talked about which ones would actually stretch me.",
            "Most of the conversation was about visibility: doing good work is not enough if nobody sees it.",
            "We talked about how much luck there is in any career, and how to be ready when it turns up.",
            "JT: I showed {O} how people my age use LinkedIn to find roles before they are ever advertised.",
            "JT: {O} asked how I'd pitch myself for a new role, so I walked {them} through how my friends do it.",
            "JT: I explained to {O} why so many of us read a company's reviews online before applying.",
            "JL: We talked about whether I should do a master's now or in five years.",
            "JL: {O} asked what I want to be doing in three years and I didn't have a good answer yet.",
            "ST: I told {O} that the best career move I made was a sideways one nobody understood at the time.",
            "SL: {O} explained how people {their} age think about careers: two or three years in a place, then a move, and that's normal.",
            "SL: I asked {O} what would make {them} stay here five years, and the answer was mostly about learning, not pay.",
            "SL: {O} showed me how {their} friends find jobs now, mostly through people they follow online.",
            "ST: I went through what I look for when I support someone's promotion, since {O}'s review is coming up.",
            "ST: {O} asked how I'd handle being passed over, so I told {them} about the year it happened to me.",
        ],
        Insights =
        [
            "that a promotion case is about impact, not tasks", "how much careers depend on sponsors", "JL: how few senior people had a plan at my age",
            "that moving sideways can be faster than moving up", "J: how many decisions about me are taken in rooms I'm not in",
            "that asking for a stretch assignment is normal here", "how much visibility matters", "that a raise is easier to get with an outside view of the market",
        ],
        NextSteps =
        [
            "J: rewrite the promotion case", "JL: meet the two people {O} is introducing me to", "draft a two-year plan", "look at the promotion criteria together", "map who decides the next move", "S: set up the two introductions I promised",
            "go through the skills the next role needs", "plan a stretch project for next quarter", "J: prepare for my review",
            "J: look at the internal postings again", "J: ask my manager for the stretch project", "J: talk about the master's decision",
        ],
        LessonTitles =
        [
            "Mentors advise, sponsors advocate", "A promotion case is impact, not tasks", "Sideways can be faster than up", "Make good work visible",
            "Ask for the stretch assignment", "Plan two moves ahead", "Know who decides your next move",
        ],
        Goals =
        [
            "Plan my next two career moves",
            "Build a network beyond my own team",
            "Find out what a promotion case really needs",
            "Find a sponsor in the leadership team",
        ],
    };
}
