namespace MentorGraph.Api.Seed.Notes.Topics;

/// <summary>Getting found and selling online: SEO, traffic, ads, email campaigns, landing pages, conversion.</summary>
internal static class DigitalMarketingBank
{
    public static TopicBank Bank { get; } = new()
    {
        Topic = "DIGITAL_MARKETING",
        Subjects =
        [
            "how search ads are priced", "our landing page for the spring campaign", "SEO basics and why our blog doesn't rank",
            "bounce rate and what it really says", "email open rates after the privacy changes", "retargeting ads",
            "the funnel from first click to signed contract", "A/B tests on subject lines", "cost per lead across channels",
            "Google Analytics and where our traffic comes from", "keyword research", "paid social versus search",
            "why the newsletter's click rate halved", "conversion tracking", "the agency's monthly report",
            "cookie banners and consent rates", "UTM links",
        ],
        HowTos =
        [
            "read the traffic report by channel", "set up a simple A/B test", "write a subject line people open",
            "check which keywords bring people to the site", "build a UTM link", "find the page where people drop off",
            "tell a good cost per lead from a bad one", "brief an agency on a campaign", "read a heatmap of the landing page",
            "trace a lead from the ad to the CRM",
        ],
        Details =
        [
            "We opened the analytics dashboard and followed one campaign from the ad to the contact form.",
            "The landing page asks for eleven fields before anyone can download the guide; we counted them twice.",
            "SL: I had always assumed the agency's report was good news because the numbers went up.",
            "JT: I showed {O} how we tag every link so we can tell the newsletter traffic from the LinkedIn traffic.",
            "We compared two subject lines from last month's mailing: the plain one beat the clever one easily.",
            "Most of our search traffic lands on a blog post from 2019, which says a lot.",
            "We looked at what we pay per click for our own brand name and argued about whether that is money well spent.",
            "We sketched the funnel on a whiteboard and put real numbers on each step.",
            "Mobile visitors leave the pricing page almost twice as fast as desktop ones.",
            "SL: I asked the question I'd been too embarrassed to ask in the marketing review: what is a conversion, exactly?",
            "J: {O} kept asking what it costs, which made me realise I never look at spend, only at clicks.",
            "We talked about how much of the budget goes to channels nobody can measure.",
            "We pulled up a competitor's landing page next to ours and the difference was obvious.",
            "The consent banner alone means we lose sight of about a third of visitors.",
            "We tried rewriting the headline of the demo page in five words.",
            "Half the session was about the difference between traffic and customers.",
        ],
        Insights =
        [
            "how much of our traffic comes from a handful of old blog posts", "that a clever subject line usually loses to a clear one",
            "how expensive it is to buy clicks on our own brand name", "that every extra form field costs us leads",
            "how little the agency's report says about revenue", "that most visitors leave within ten seconds",
            "how much privacy changes have blurred the numbers", "that email still brings in more leads than social",
            "how different mobile visitors behave", "that nobody on the team owns the landing pages",
        ],
        NextSteps =
        [
            "go through the agency report line by line", "rewrite the demo page headline and test it", "look at the email numbers for the last quarter",
            "map the funnel with real numbers", "check the keywords our competitors rank for", "look at cost per lead by channel",
            "sit in on the campaign planning meeting", "look at the pricing page heatmap",
        ],
        LessonTitles =
        [
            "Clicks are not customers", "Every form field costs leads", "Follow one campaign end to end", "Clear beats clever in subject lines",
            "What a conversion actually is", "Where our traffic really comes from", "UTM links in five minutes", "Reading an agency report critically",
            "Mobile visitors behave differently", "Why old blog posts still matter",
        ],
        Goals =
        [
            "Understand what our online ad spend actually buys",
            "Learn how search and landing pages decide who finds us",
            "Be able to challenge the agency's monthly report",
            "See how a marketing campaign turns into sales",
        ],
    };
}
