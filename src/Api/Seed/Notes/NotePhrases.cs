using MentorGraph.Persistence.Entities;

namespace MentorGraph.Api.Seed.Notes;

/// <summary>
/// The sentences a note is built around, for any topic: openings (some for where the two met), the core sentence
/// saying who taught whom (by <see cref="Teaching"/>), how the teaching went, reflections and follow-ups.
/// Placeholders: <c>{O}</c> the other participant's first name, <c>{they} {them} {their} {They}</c> their pronouns,
/// <c>{subject}</c> <c>{subject2}</c> <c>{howto}</c> <c>{insight}</c> <c>{next}</c> from the topic bank (<c>{point}</c>: the insight
/// without a leading "that", for after a colon),
/// <c>{day}</c> <c>{Day}</c> the weekday, <c>{n}</c> the session's number, <c>{when}</c> when they meet next.
/// Voice marks (<see cref="Voice"/>) work here too.
/// </summary>
public static class NotePhrases
{
    public static IReadOnlyList<string> Openings { get; } =
    [
        "Good session with {O} today.", "Another useful hour with {O}.", "{O} and I finally managed to meet after two reschedules.",
        "Quick notes before I forget.", "Notes from today.", "Short one today, {O} had a hard stop.", "Caught up with {O} this afternoon.",
        "Really useful conversation with {O}.", "{Day} session with {O}.", "Late notes from {day}'s session.", "Session {n} with {O}.",
        "Met {O} again this week.", "Back on track with {O} after a couple of busy weeks.", "We ran over time again, in a good way.",
        "Not our best session, we were both distracted, but still useful.", "Good energy today.", "{O} came with a list of questions this time.",
        "I came prepared this time.", "Shorter than planned but worth it.", "Writing this up straight after the session.",
        "S: Blocked the hour in my diary and actually kept it this time.", "J: Was a bit nervous going in, but it was fine.",
        "S: {O} was early, I was late. Again.", "J: {O} cleared an hour for me in a packed week, which I appreciated.",
    ];

    public static IReadOnlyList<string> FirstSessionOpenings { get; } =
    [
        "First proper session with {O}.", "Our first session, so part of it was just getting to know each other.",
        "First meeting with {O} today.", "Kicked off with {O} today.",
    ];

    public static IReadOnlyList<string> FormatOpenings(SessionFormat format) => format switch
    {
        SessionFormat.Coffee => ["Coffee with {O} this morning.", "Grabbed a coffee with {O} downstairs.", "Coffee catch-up with {O}.", "Met {O} at the coffee place across the road."],
        SessionFormat.Lunch => ["Lunch with {O} today.", "Long lunch with {O}, which helped.", "We took our lunch outside for this one.", "Lunch in the canteen with {O}."],
        SessionFormat.Video => ["Video call today since we were both working from home.", "Did this one on Teams.", "Quick video call with {O}.", "Remote session today, cameras on."],
        SessionFormat.Walk => ["Walking meeting with {O} around the block.", "We walked and talked for most of the hour.", "Walk along the river with {O}."],
        SessionFormat.Office => ["Met in the small meeting room on the third floor.", "Sat with {O} at {their} desk for this one.", "Booked a room so we could use the big screen.", "In the office today, so we met face to face."],
        _ => ["Met {O} at the offsite.", "We squeezed this in between two workshops.", "Grabbed twenty minutes with {O} at the all-hands."],
    };

    /// <summary>The core sentence: who taught whom what.</summary>
    public static IReadOnlyList<string> Cores(Teaching teaching) => teaching switch
    {
        Teaching.Them =>
        [
            "{O} showed me how to {howto}.", "{O} walked me through {subject}.", "{O} spent most of the time on {subject}.",
            "I asked {O} about {subject} and got a proper answer for once.", "{O} explained {subject}, with examples from {their} own work.",
            "Learned a lot from {O} about {subject}.", "{O} gave me a crash course in {subject}.", "Main topic was {subject}, and {O} did most of the teaching.",
            "{O} took me through {subject} step by step.", "{O} finally got me to understand {subject}.", "Today it was {O}'s turn to teach: {subject}.",
            "I'd been putting off {subject}, so {O} made me sit down with it.", "S: {O} showed me how to {howto}, which I should have known years ago.",
            "{O} helped me work out how to {howto}.", "{O} went slowly through {subject} with me.", "J: {O} made time to properly explain {subject}.",
        ],
        Teaching.Me =>
        [
            "I showed {O} how to {howto}.", "I walked {O} through {subject}.", "{O} asked me to explain {subject}, so that's what we did.",
            "Spent the session helping {O} with {subject}.", "Gave {O} a proper introduction to {subject}.", "{O} wanted to understand {subject}, so I brought a few examples.",
            "My turn to teach {O} today: {subject}.", "I took {O} through {subject}.", "{O} had questions about {subject} and I did my best to answer them.",
            "Helped {O} work out how to {howto}.", "I taught {O} how to {howto}.", "We focused on {subject}, which {O} had wanted to get into for a while.",
            "J: {O} wanted a beginner's tour of {subject}, so I gave {them} one.", "S: I shared how I think about {subject} with {O}.",
        ],
        _ =>
        [
            "{O} and I swapped notes on {subject}.", "We traded perspectives on {subject}, {O} from {their} side and me from mine.",
            "Half the time I explained {subject}, the other half {O} showed me {subject2}.", "We both learned something today about {subject}.",
            "We went back and forth on {subject}, each filling gaps for the other.", "I explained how I approach {subject} and {O} showed me {their} way of doing it.",
            "{O} taught me about {subject2} and I taught {them} about {subject}.", "A real two-way session with {O} on {subject}.",
            "We compared notes on {subject} and it turned out we each knew half of it.", "{O} and I took turns: {subject} from my side, {subject2} from {theirs}.",
        ],
    };

    /// <summary>How the teaching went.</summary>
    public static IReadOnlyList<string> Process(Teaching teaching) => teaching switch
    {
        Teaching.Them =>
        [
            "I took notes this time, which helped.", "{O} was patient when I asked the same thing twice.", "I tried it myself while {O} watched.",
            "{They} kept it practical, which I appreciated.", "I still need to practise this.", "{O} drew it all on a whiteboard, which helped a lot.",
            "S: It's a strange feeling being the one who doesn't know.", "J: {O} never made me feel like a question was stupid.",
        ],
        Teaching.Me =>
        [
            "I let {O} drive the laptop, which made it stick.", "I tried not to go too fast this time.", "{O} took notes on paper, which I found charming.",
            "I should have brought better examples.", "{O} kept asking why, which was good.", "{They} got there quicker than I did when I learned it.",
            "J: It's still a bit odd to be teaching someone this senior, but {O} makes it easy.", "S: I kept it to one idea, which worked better than last time.",
        ],
        _ => ["It was a proper conversation, not a lecture.", "Neither of us had all the answers.", "We both ended up taking notes.", "We disagreed on a couple of points, which made it better."],
    };

    /// <summary>A learner's reflection around a topic's insight.</summary>
    public static IReadOnlyList<string> LearnerReflections { get; } =
    [
        "What surprised me most was {insight}.", "The thing that stuck with me is {insight}.", "Honestly, I had no idea {insight}.", "Big takeaway: {point}.",
        "I hadn't realised {insight}.", "Still thinking about {insight}.", "Eye-opener for me: {point}.", "Didn't expect to learn {insight}.",
        "S: Useful to hear {insight}, because it never reaches the executive floor.", "J: Nobody tells you {insight} when you start.",
    ];

    /// <summary>A teacher's reflection about the other participant.</summary>
    public static IReadOnlyList<string> TeacherReflections { get; } =
    [
        "{O} picked it up faster than I expected.", "Explaining it out loud made me realise how much I take for granted.", "I think it landed, judging by {their} questions.",
        "{O} pushed back on a couple of points, and fairly.", "Good to see {O} try it on {their} own by the end.", "Not sure it all landed, I'll check next time.",
        "{O}'s questions were sharper than most I get at work.", "Interesting to hear how {O} sees it from {their} side.",
        "S: Reminds me how much I learned from my own mentors at {their} stage.", "J: Funny to be the expert in the room for once.",
    ];

    public static IReadOnlyList<string> MutualReflections { get; } =
    [
        "Funny how we each assumed the other had this figured out.", "Nice to have a session where we were both learning.",
        "We don't agree on all of it, and that's fine.", "Both of us left with something to try.",
    ];

    /// <summary>What comes next; <c>{next}</c> is one of the topic's next steps.</summary>
    public static IReadOnlyList<string> FollowUps { get; } =
    [
        "Next time: {next}.", "Next session we'll {next}.", "Plan for next time is to {next}.", "Agreed to {next} before we meet again.",
        "{When}: {next}.", "{O} suggested we {next} next time.", "We'll {next} {when}.",
    ];

    public static IReadOnlyList<string> LearnerFollowUps { get; } = ["Homework for me: {next}.", "I've promised to {next} before next time.", "On my list: {next}."];

    public static IReadOnlyList<string> TeacherFollowUps { get; } =
    [
        "I'll send {O} a short checklist.", "I promised to send {O} a few links.", "I'll share the template I use with {O}.",
        "Sending {O} my notes from today.", "I owe {O} a couple of good examples.",
    ];

    public static IReadOnlyList<string> Closers { get; } =
    [
        "Good session.", "Really enjoyed it.", "Looking forward to the next one.", "Useful, as always.", "Thanks {O}!", "More next time.",
    ];
}
