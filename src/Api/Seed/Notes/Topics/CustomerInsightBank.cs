namespace MentorGraph.Api.Seed.Notes.Topics;

/// <summary>What customers want and how they behave, younger markets, customer feedback, user research.</summary>
internal static class CustomerInsightBank
{
    public static TopicBank Bank { get; } = new()
    {
        Topic = "CUSTOMER_INSIGHT",
        Subjects =
        [
            "how people under 30 choose a brand", "why younger customers cancel subscriptions", "the latest app store reviews",
            "what Gen Z expects from customer service", "buying through social media instead of our website", "the customer interviews from last month",
            "subscription fatigue", "sustainability and whether customers really pay for it", "our NPS comments", "how students compare prices",
            "the support chat transcripts", "why customers leave the checkout", "what 'good value' means to a first-time buyer",
            "the difference between what customers say and what they do", "user testing of the new onboarding", "buy-now-pay-later schemes",
        ],
        HowTos =
        [
            "run a five-question customer interview", "read app reviews for patterns", "ask a question that doesn't lead the answer",
            "sort support tickets by theme", "watch a user test without jumping in", "find the real reason behind a cancellation",
            "turn NPS comments into three themes", "talk to customers on the forum",
        ],
        Details =
        [
            "We read twenty app store reviews out loud and sorted them into piles on the table.",
            "SL: I hadn't used our own app in months, so I signed up as a new customer while {O} watched and it took eleven minutes.",
            "JT: I told {O} how my friends actually decide what to buy, which is mostly from creators they follow, not from ads.",
            "We listened to two recorded support calls and one of them was painful to hear.",
            "We looked at why people cancel in the first month: price comes up, but 'forgot I had it' comes up more.",
            "We talked about how younger customers expect to fix things themselves in the app instead of calling anyone.",
            "We compared what customers said in the survey about sustainability with what they actually bought.",
            "The onboarding test showed three out of five people missing the same button.",
            "We went through the NPS comments from detractors only, which was humbling.",
            "SL: I asked {O} what would make {them} switch away from us tomorrow, and the answer was uncomfortably simple.",
            "JL: {O} told me how the big customers used to be won with a lunch and a handshake, and how that has changed.",
            "We talked about the gap between the customer our strategy describes and the customers we actually have.",
            "We listed every way a customer can contact us and counted seven, which is too many.",
            "The chat transcripts show people asking the same three questions over and over.",
            "We ended up discussing whether our loyalty scheme rewards the customers we want to keep.",
        ],
        Insights =
        [
            "that younger customers would rather fix things in the app than talk to anyone", "how long it takes a new customer to get started",
            "that 'forgot I had it' is the top reason people cancel", "how much buying now starts on social media",
            "that customers who complain are often the most loyal ones", "how few of our customers read the emails we send them",
            "that people say they care about sustainability more than they pay for it", "how many customers compare us on price in the shop itself",
            "that the same three questions fill most of the support chat", "how different our real customers are from the persona slides",
        ],
        NextSteps =
        [
            "sit in on a customer interview", "read the next batch of app reviews", "go through the cancellation survey", "try the checkout on my phone",
            "listen to more support calls", "look at who our fastest-growing customer segment is", "visit a store on a Saturday",
            "compare our onboarding with a competitor's",
        ],
        LessonTitles =
        [
            "Use your own product as a new customer", "Why customers cancel in month one", "Younger customers want self-service",
            "Read the detractors first", "Listen to the support calls", "What customers say versus what they buy", "Buying starts on social media now",
            "Five-question customer interviews", "Our real customers versus our personas", "Seven ways to contact us is too many",
        ],
        Goals =
        [
            "Hear directly how customers under 30 see us",
            "Understand how younger customers choose, stay and switch",
            "Learn to run customer interviews myself",
            "Get closer to what customers actually experience",
        ],
    };
}
