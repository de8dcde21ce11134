namespace MentorGraph.Api.Seed.Notes.Topics;

/// <summary>Competitors, start-ups and disruptors, industry and market shifts, who gains share and why.</summary>
internal static class CompetitiveLandscapeBank
{
    public static TopicBank Bank { get; } = new()
    {
        Topic = "COMPETITIVE_LANDSCAPE",
        Subjects =
        [
            "the start-up that keeps winning our smaller deals", "our biggest competitor's new pricing", "who is gaining market share and why",
            "the acquisition rumours in our sector", "how the market has consolidated in the last ten years", "low-cost entrants",
            "the analyst report on our industry", "why we lost the last three tenders", "platform players moving into our space",
            "the competitor battlecard", "regulation as a competitive advantage", "our position in the market map",
            "what our competitors' job ads tell us", "the trade show", "private-label competition",
        ],
        HowTos =
        [
            "read a competitor's annual report for the useful bits", "build a simple market map", "use job ads to guess a competitor's plans",
            "write a win-loss summary", "size up a new entrant", "use the analyst report without quoting it blindly",
            "prepare a battlecard for sales",
        ],
        Details =
        [
            "We put our three main competitors on a whiteboard and wrote down what each of them is best at.",
            "ST: I walked {O} through how we lost the regional contract, including the parts we got wrong.",
            "JT: I showed {O} the start-up's TikTok and app reviews; they are tiny but their customers love them.",
            "We read the competitor's annual report together, skipping straight to the segment numbers.",
            "We looked at their job ads: forty data engineers in six months says a lot about where they are heading.",
            "Most of the session was about why price is rarely the real reason we lose.",
            "We talked about which competitor would be the scariest if a big platform bought them.",
            "ST: I explained how the industry looked when I started and which of those companies no longer exist.",
            "JL: {O} pointed out that most of the 'new' competitors I mentioned are twenty years old and just have better marketing.",
            "We went through the last win-loss notes from sales and looked for patterns.",
            "We compared our product page with the start-up's and theirs is half the length.",
            "We talked about the difference between a competitor that copies and one that changes the rules.",
            "We drew the market map again with the low-cost players in it and it looked very different.",
            "We discussed how regulation protects the incumbents, including us, for now.",
        ],
        Insights =
        [
            "that price is rarely the real reason we lose a deal", "how much a competitor's job ads give away", "that the start-up's customers love them despite the bugs",
            "how many of the big names from twenty years ago are gone", "that our market map leaves out the cheapest players",
            "how much of the competitor's growth comes from one segment", "that regulation is quietly protecting us",
            "how quickly a platform can move into our space", "that our sales team and our strategy team name different competitors",
        ],
        NextSteps =
        [
            "go through the next win-loss review together", "update the market map", "read the analyst report's section on us",
            "look at the start-up's pricing page", "walk the trade show floor together", "pick one competitor and follow them for a month",
            "draft a battlecard for the sales team",
        ],
        LessonTitles =
        [
            "Price is rarely why we lose", "Job ads reveal strategy", "Reading a competitor's annual report", "Draw the market map with the cheap players in it",
            "Copycats versus rule-changers", "Win-loss notes are gold", "How our industry consolidated", "Small start-ups, loyal customers",
        ],
        Goals =
        [
            "Understand who our real competitors are and why they win",
            "Learn to read the market the way the leadership team does",
            "Know which start-ups we should be watching",
            "Be able to explain our position in the market to anyone",
        ],
    };
}
