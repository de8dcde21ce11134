namespace MentorGraph.Api.Seed;

/// <summary>Why pairings and sessions change status, as people write it in the history.</summary>
public static class PairingReasons
{
    public static IReadOnlyList<string> Pause { get; } =
    [
        "Quarter-end close, back in a few weeks.", "Parental leave.", "Travelling for most of next month.", "Product launch is taking all my time.",
        "Moving house, need a break for a few weeks.", "Covering for my manager while she is away.", "Audit season.", "Taking a few weeks to focus on the reorganisation.",
    ];

    public static IReadOnlyList<string> Resume { get; } =
    [
        "Back and ready to pick up again.", "Launch is done, back to our usual slot.", "Back from leave.", "Diaries are clear again.",
    ];

    public static IReadOnlyList<string> Complete { get; } =
    [
        "Program goals met.", "We covered everything on our list.", "Finished the program; staying in touch informally.", "Six months done, great pairing.",
        "Both of us feel ready to take this further on our own.",
    ];

    public static IReadOnlyList<string> Cancel { get; } =
    [
        "Moved to a different role with no time for this.", "Our schedules never lined up.", "Not the right match, agreed together.",
        "Workload on my team makes this impossible for now.", "Moved to the Singapore office; time zones don't work.",
    ];

    public const string Leaver = "Participant left the company.";

    public static IReadOnlyList<string> Decline { get; } =
    [
        "Not the right time for me.", "I already have a mentor in this area.", "My workload is too high this quarter.",
        "I'd rather pair with someone outside my own department.",
    ];

    public static IReadOnlyList<string> SessionCancelled { get; } =
    [
        "Clashed with a board meeting.", "Off sick.", "Travel delay.", "Rescheduled to next week.", "Customer escalation came up.",
        "Double-booked, my mistake.", "Team offsite that day.",
    ];

    public static IReadOnlyList<string> SessionMissed { get; } =
    [
        "Neither of us showed up, calendars out of sync.", "I forgot, sorry.", "Got stuck in another meeting.", "No-show, no message.",
        "Meeting link didn't work and we gave up.",
    ];
}
