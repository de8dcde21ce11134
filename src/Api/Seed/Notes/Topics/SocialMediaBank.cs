namespace MentorGraph.Api.Seed.Notes.Topics;

/// <summary>Social platforms and presence online: LinkedIn, Instagram, TikTok, X, YouTube, personal brand.</summary>
internal static class SocialMediaBank
{
    public static TopicBank Bank { get; } = new()
    {
        Topic = "SOCIAL_MEDIA",
        Subjects =
        [
            "TikTok duets and stitches", "LinkedIn carousel posts", "Instagram reels", "creator partnerships",
            "how the TikTok For You page decides what to show", "LinkedIn's algorithm and the first hour after posting",
            "Instagram stories versus the grid", "why our brand account sounds like a press release",
            "personal branding on LinkedIn", "YouTube Shorts", "how people actually use X during a live event",
            "comment etiquette on LinkedIn", "what makes a post feel authentic rather than corporate",
            "employee advocacy posts", "BeReal and the 'unpolished' trend", "influencer disclosure rules",
            "the difference between followers and reach", "why hashtags matter less than they used to",
        ],
        HowTos =
        [
            "write a LinkedIn post that doesn't read like a memo", "film and edit a 20-second reel on a phone",
            "schedule a week of posts in one go", "read the analytics on a personal LinkedIn profile",
            "reply to comments without sounding scripted", "set up a TikTok account and find the For You page",
            "use the LinkedIn creator mode settings", "turn a conference talk into three short posts",
            "stitch someone else's video", "tell a paid partnership from an organic post",
        ],
        Details =
        [
            "We scrolled through {O}'s feed together and talked about why some posts stop the thumb and others don't.",
            "We looked at three of our company posts from last month: two got almost nothing, one took off because a junior engineer shared it.",
            "SL: My headline still said what my job was, not what I care about, so we rewrote it twice.",
            "SL: I posted for the first time in two years while {O} watched, which was more nerve-racking than it should have been.",
            "JT: I pulled up a few accounts from people my age so {O} could see what 'normal' posting looks like.",
            "JT: {O} was worried about saying something wrong in public, which honestly is fair for someone in {their} role.",
            "We compared the numbers on a text-only post and a short video: the video had five times the views and half the comments.",
            "A lot of the session was about tone: short sentences, one idea, no corporate words.",
            "We went through who our brand follows and who follows us back, and the overlap is tiny.",
            "We watched a couple of duets to see how people riff on each other's videos.",
            "We talked about how fast a comment thread can turn, and when to just step away.",
            "We drafted a post about the warehouse team's record week and agreed to post it on Thursday morning.",
            "Reach on the last post was mostly second-degree connections, which neither of us expected.",
            "We set up notifications so that replies don't sit unanswered for three days.",
            "We ended up on the subject of how much of it is luck and how much is just posting regularly.",
            "S: I admitted I still print things out to read them, which got a laugh.",
            "JT: Showing {O} the analytics tab was the moment it clicked for {them}.",
            "We agreed that the company page and personal accounts need completely different voices.",
        ],
        Insights =
        [
            "that most people never see a post after the first day", "how much reach comes from the first two seconds of a video",
            "that saves and shares count for more than likes", "how little our younger customers use Facebook",
            "that a slightly messy video can beat a polished one", "how many of our own staff already post about work",
            "that replying to comments is half the job", "how quickly a trend is over on TikTok",
            "that LinkedIn rewards posts that start a conversation", "how much personality people expect from a leader online",
            "that nobody reads hashtags any more", "how often our competitors' interns out-post our marketing team",
        ],
        NextSteps =
        [
            "look at the analytics of the post we drafted", "try a short video together", "L: go through my old posts and archive a few",
            "plan a month of LinkedIn posts", "look at how other CEOs in our sector post", "film something in the office",
            "work on replying to comments", "set up a TikTok account just to watch", "compare Instagram and LinkedIn for the same story",
            "write a post about the mentoring program itself",
        ],
        LessonTitles =
        [
            "Post like a person, not a press office", "The first hour decides a LinkedIn post", "Why short video wins reach",
            "Saves and shares beat likes", "How the For You page picks videos", "Replying to comments is the real work",
            "Personal accounts need their own voice", "Stitches, duets and remixing other people's videos",
            "Reading your own post analytics", "When to stay out of a comment thread",
        ],
        Goals =
        [
            "Get comfortable posting on LinkedIn without the comms team drafting it",
            "Understand why our brand gets so little traction on TikTok and Instagram",
            "Know which platforms our younger customers actually spend time on",
            "Build a personal presence online that doesn't feel fake",
        ],
    };
}
