namespace MentorGraph.Api.Seed.Notes.Topics;

/// <summary>Everyday work software and shortcuts: email, calendar, chat, documents, automating routine work.</summary>
internal static class ProductivityToolsBank
{
    public static TopicBank Bank { get; } = new()
    {
        Topic = "PRODUCTIVITY_TOOLS",
        Subjects =
        [
            "inbox rules", "Teams channels versus chats", "keyboard shortcuts", "shared documents instead of email attachments",
            "calendar blocking", "the task board the team uses", "automating the weekly report", "searching old emails and files properly",
            "OneNote and where to keep notes", "version history in shared files", "Slack huddles", "templates for recurring emails",
            "focus time and notifications", "scheduling across time zones", "the meeting room booking system", "comments and mentions in documents",
        ],
        HowTos =
        [
            "set up inbox rules for the newsletters", "find any file in ten seconds", "share a document instead of attaching it",
            "block focus time in the calendar", "use mentions so people see a comment", "restore an older version of a file",
            "turn off the notifications that don't matter", "automate the weekly report", "schedule a send for the morning",
            "split the screen between two windows",
        ],
        Details =
        [
            "T: We started with {O}'s inbox, which had 4,000 unread emails, and got it under a hundred.",
            "SL: I had been printing the weekly report to mark it up by hand, and {O} showed me the comment feature instead.",
            "JT: I showed {O} five keyboard shortcuts and {they} used two of them before the end of the session.",
            "T: We set up a rule so the newsletters go straight into a folder {O} reads on Fridays.",
            "We moved the project's email thread into a shared document, with everyone's comments in one place.",
            "T: We blocked two mornings a week in {O}'s calendar for focus time and hid the details.",
            "SL: I didn't know you could restore an older version of a file; I've been keeping copies called FINAL2 for years.",
            "JT: {O} wanted everything in one place, so we set up a board with three columns and nothing else.",
            "We automated the Monday numbers that someone used to copy by hand from three sheets.",
            "We turned off about twenty notifications and kept three.",
            "We talked about when a chat message is better than an email, and when a call beats both.",
            "We searched for a contract from 2021 and found it in about eight seconds.",
            "We set up a template for the weekly update so it takes ten minutes instead of an hour.",
            "We worked out a meeting time for people in three time zones without the usual ten emails.",
            "JL: {O} showed me the folder structure {they} built up over fifteen years, and it beats my search-everything approach.",
            "JL: {O} explained how {they} decided what gets a meeting and what gets an email, which I'm going to steal.",
        ],
        Insights =
        [
            "how much time goes into finding things", "that version history has been there all along", "how many notifications I simply don't need",
            "that most of the weekly report could be automated", "how much faster shared documents are than attachments",
            "that a few shortcuts save real time every day", "how calm an empty inbox feels", "that nobody reads reply-all threads past the third email",
        ],
        NextSteps =
        [
            "set up the rest of the inbox rules", "try a week with focus time", "automate the second report", "move the next project into the shared workspace",
            "learn three more shortcuts", "clean up the team's shared drive", "try the task board with the whole team", "set up templates for the recurring emails",
        ],
        LessonTitles =
        [
            "Inbox rules in five minutes", "Share, don't attach", "Version history instead of FINAL2", "Focus time in the calendar",
            "Three notifications are enough", "Automate the Monday numbers", "Find any file in seconds", "Chat, email or call",
        ],
        Goals =
        [
            "Stop drowning in email and meetings",
            "Get more out of Teams, shared documents and the calendar",
            "Automate the routine parts of my week",
            "Work the way the rest of the team already does",
        ],
    };
}
