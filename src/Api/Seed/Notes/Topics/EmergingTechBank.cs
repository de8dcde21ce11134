namespace MentorGraph.Api.Seed.Notes.Topics;

/// <summary>New technology: generative AI and assistants, new apps and devices, VR/AR, crypto, what comes next.</summary>
internal static class EmergingTechBank
{
    public static TopicBank Bank { get; } = new()
    {
        Topic = "EMERGING_TECH",
        Subjects =
        [
            "the new AI assistant in our office suite", "prompting a chatbot properly", "AI meeting summaries",
            "image generators and what they are good for", "how large language models get things wrong", "AI agents that book and buy things",
            "smart glasses", "the VR headset demo from the innovation lab", "what crypto and tokens actually are",
            "voice assistants at home and at work", "AI-written code", "deepfakes and how to spot them",
            "on-device AI in the new phones", "which AI tools our competitors have launched", "the EU AI Act in plain words",
            "using AI to draft a first version of a report", "custom GPTs for the team",
        ],
        HowTos =
        [
            "write a prompt that gives a usable first draft", "check an AI answer before trusting it", "summarise a long document with the assistant",
            "turn meeting notes into action items with AI", "ask the chatbot for a table instead of an essay", "build a small custom assistant for the team",
            "spot a generated image", "use the assistant inside the spreadsheet", "give the model an example to copy",
            "get the assistant to admit when it doesn't know",
        ],
        Details =
        [
            "We opened the assistant side by side and gave it the same question three different ways.",
            "The first answer sounded confident and was wrong about our own product, which was a useful lesson in itself.",
            "SL: I had been using it like a search engine, one line at a time, and wondering why the answers were bland.",
            "JT: I showed {O} the prompt library I keep for work and we adapted two of them for {their} board pack.",
            "We asked it to summarise last quarter's customer complaints and then checked the summary against the raw list.",
            "We tried the headset from the innovation lab; {O} lasted about four minutes before feeling queasy.",
            "A good part of the hour was about what we should never paste into a public chatbot.",
            "We compared the meeting summary the tool wrote with our own notes, and it missed the one decision that mattered.",
            "We talked through the hype cycle and which of these things will still matter in five years.",
            "S: I asked how people {O}'s age decide whether to trust something an AI tells them.",
            "JT: {O} wanted to know if the assistant would replace analysts, so we talked about what it can't do.",
            "We generated three versions of a product announcement and picked the worst lines out of each.",
            "We looked at the new AI features a competitor launched last week and tried to work out what is real.",
            "Giving it an example of the format we wanted fixed most of the problems.",
            "We spent ten minutes on how to tell a generated photo from a real one and I still got one wrong.",
            "We talked about whether any of our suppliers are already using AI on our data.",
            "We ended on the question of what to pilot first and who should own it.",
        ],
        Insights =
        [
            "how much better the answers get when you give the model an example", "that the assistant will invent a source if you ask for one",
            "how many people here already use AI tools without telling anyone", "that you can ask the chatbot to show its assumptions",
            "how fast the free tools have caught up with the paid ones", "that most of the value is in the first draft, not the final one",
            "how easy it is to fake a voice now", "that the headset still isn't comfortable for more than a few minutes",
            "how much of our data would need cleaning before any AI could use it", "that younger colleagues treat AI as a starting point, not an answer",
            "how often the meeting summary misses who agreed to what",
        ],
        NextSteps =
        [
            "L: try the assistant on a real piece of my work", "L: write a short guide for my team", "test the meeting summaries on our staff meeting",
            "look at what the innovation lab is piloting", "build a prompt for the monthly report", "go through the AI policy draft together",
            "compare two chatbots on the same task", "try an AI tool for the customer survey results",
        ],
        LessonTitles =
        [
            "Give the model an example", "Check the answer before you forward it", "What never goes into a public chatbot", "AI summaries miss decisions",
            "Prompting for a table, not an essay", "Separating AI hype from AI value", "Spotting generated images", "A first draft in two minutes",
            "Custom assistants for a team", "What the EU AI Act means for us",
        ],
        Goals =
        [
            "Use the AI assistant in my own work, not just hear about it",
            "Separate the AI hype from what we should actually invest in",
            "Understand the new technology our younger customers take for granted",
            "Be able to judge our AI pilots myself",
        ],
    };
}
