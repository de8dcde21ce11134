namespace MentorGraph.Api.Seed.Notes.Topics;

/// <summary>Turning data into decisions: dashboards, KPIs, charts, spreadsheets, data literacy, experiments.</summary>
internal static class DataAnalyticsBank
{
    public static TopicBank Bank { get; } = new()
    {
        Topic = "DATA_ANALYTICS",
        Subjects =
        [
            "the sales dashboard", "pivot tables", "which KPIs the leadership team actually looks at", "reading a chart without being fooled by the axis",
            "averages versus medians", "the churn numbers", "cohort analysis", "how the weekly ops report is built",
            "correlation and causation", "running a proper A/B test", "Power BI filters", "data quality in the CRM",
            "what a statistically significant result means", "forecast accuracy", "the customer survey data",
            "lookups in spreadsheets", "how a metric gets defined",
        ],
        HowTos =
        [
            "build a pivot table from the raw export", "filter the dashboard to one region", "spot a misleading chart",
            "write a lookup between two sheets", "check where a number on a slide comes from", "set up a simple experiment",
            "turn a table into a chart that tells one story", "read a cohort table", "clean up duplicates in an export",
            "ask the data team for the right thing",
        ],
        Details =
        [
            "We took one number from last month's board slide and traced it back to the spreadsheet it came from.",
            "The dashboard shows revenue by region but nobody could tell us when the data was last refreshed.",
            "SL: I realised I had been reading the churn chart upside down for about a year.",
            "JT: I built the pivot table live while {O} watched, then {they} did the next one alone.",
            "We compared the average deal size with the median and the story changed completely.",
            "The y-axis on the growth chart started at 90%, which made a small change look dramatic.",
            "We talked about which three numbers {O} would want on one page every Monday.",
            "We found the same customer listed four times in the CRM export with different spellings.",
            "Most of the session went on one question: did the campaign cause the uptick or did it just happen at the same time?",
            "We sketched what a proper test would have looked like for the pricing change.",
            "S: {O} asked why we trust a number that comes out of a spreadsheet nobody has checked, and fair enough.",
            "JL: {O} showed me which figures the executive team ignores, which was very revealing.",
            "We read the survey results again, this time with the number of respondents next to every percentage.",
            "The forecast has been within five percent for three quarters running, which nobody mentions.",
            "We agreed that a dashboard with twenty charts is a dashboard nobody reads.",
            "We rebuilt one chart three times until it made one point clearly.",
        ],
        Insights =
        [
            "how much an average can hide", "that nobody could say when the dashboard was last refreshed", "how easy it is to make a small change look huge",
            "that half of our KPIs are never looked at", "how many duplicates are sitting in the CRM", "that most of our 'tests' have no control group",
            "how much faster the pivot table is than what I was doing by hand", "that the survey had only forty respondents",
            "how differently finance and sales define a customer", "that the forecast is actually pretty good",
        ],
        NextSteps =
        [
            "rebuild the Monday report as one page", "trace another board number back to its source", "design a proper test for the next campaign",
            "look at churn by cohort", "L: clean up the duplicates in my accounts", "go through the survey with the sample sizes",
            "S: agree which three KPIs matter for my team", "L: try the dashboard filters on my own region",
        ],
        LessonTitles =
        [
            "Medians tell a different story", "Check the axis before the trend", "Trace every board number to its source", "Pivot tables in ten minutes",
            "A test needs a control group", "Three numbers on one page", "Sample size next to every percentage", "Correlation is not causation, in our own data",
            "Define the metric before you chart it", "Duplicates in the CRM",
        ],
        Goals =
        [
            "Read our dashboards without needing an analyst next to me",
            "Learn to question a metric before trusting it",
            "Build my own analysis in a spreadsheet",
            "Understand how the numbers in the board pack are made",
        ],
    };
}
