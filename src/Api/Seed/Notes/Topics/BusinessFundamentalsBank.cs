namespace MentorGraph.Api.Seed.Notes.Topics;

/// <summary>How the business makes money: budgets, P&amp;L, pricing, forecasting, strategy, contracts.</summary>
internal static class BusinessFundamentalsBank
{
    public static TopicBank Bank { get; } = new()
    {
        Topic = "BUSINESS_FUNDAMENTALS",
        Subjects =
        [
            "how to read a P&L", "gross margin versus net margin", "how the annual budget gets built", "cash flow and why profitable companies still run out of cash",
            "how we price the enterprise plans", "the difference between revenue and bookings", "the forecast process", "unit economics",
            "what EBITDA means and why the board cares", "how a business case gets approved", "contracts and payment terms",
            "fixed versus variable costs", "the five-year strategy", "how our biggest product actually makes money", "capex versus opex",
            "discounting and what it does to margin", "the quarterly business review",
        ],
        HowTos =
        [
            "read a P&L from the bottom up", "write a one-page business case", "work out the margin on a deal", "build a simple forecast",
            "explain where a team's budget comes from", "spot the assumptions in a plan", "read the payment terms in a contract",
            "calculate the payback on an investment", "present numbers to the finance team",
        ],
        Details =
        [
            "We took last quarter's P&L for our division and went through it line by line.",
            "ST: I drew the path from a customer's payment to my team's budget on a napkin, which took longer than I expected.",
            "JL: I had always thought revenue was the number that mattered, so {O} showed me three deals with the same revenue and very different margins.",
            "We talked about why a ten percent discount needs far more than ten percent more volume to pay off.",
            "We went through how the budget is negotiated each autumn, including the parts nobody writes down.",
            "ST: I showed {O} the business case that got my first big project approved, and the one that got rejected.",
            "JL: {O} asked me to guess our margin on the main product and I was off by twenty points.",
            "We looked at cash flow: we were profitable in the quarter where we nearly ran out of cash.",
            "We rebuilt a team budget with fixed and variable costs split out.",
            "We talked about how pricing decisions actually get made and who has the final word.",
            "A lot of the conversation was about assumptions: every plan is right until one of them changes.",
            "We read the payment terms of a big customer contract and worked out what sixty days costs us.",
            "We discussed what the board means when it asks about 'quality of revenue'.",
            "We compared this year's forecast with what actually happened last year.",
            "L: The session ended with a short quiz on the terms from last time, and I got most of them.",
        ],
        Insights =
        [
            "how much a small discount eats into margin", "that a profitable company can still run out of cash", "how far off my guess of our margin was",
            "how much of the budget is decided before the year starts", "that a business case is mostly about the assumptions",
            "how long our customers take to pay", "that revenue and bookings are not the same thing", "how few products make most of the profit",
            "how political the budget process is", "that the board cares more about next year's forecast than this year's result",
        ],
        NextSteps =
        [
            "L: go through the budget for my own team", "read the quarterly results together", "J: write a one-page business case for my idea",
            "look at how the enterprise price list was set", "work through a cash flow statement", "sit in on the forecast review",
            "compare two deals' margins", "prepare questions for the finance business partner",
        ],
        LessonTitles =
        [
            "Reading a P&L from the bottom up", "Discounts cost more than they look", "Profit is not cash", "How the budget really gets made",
            "A business case is its assumptions", "Revenue versus margin", "What payment terms cost us", "Fixed and variable costs",
            "How pricing decisions are made", "What the board means by quality of revenue",
        ],
        Goals =
        [
            "Learn to read a P&L and see how my work shows up in it",
            "Understand how budgets and forecasts get made",
            "See how pricing decisions are taken",
            "Write a business case that gets approved",
        ],
    };
}
