namespace MentorGraph.Api.Seed;

/// <summary>Ratings of completed sessions, mostly good (people stay in pairings that work), with a short comment about half the time.</summary>
public static class FeedbackWriter
{
    private static readonly (int Rating, double Weight)[] Ratings = [(5, 0.44), (4, 0.36), (3, 0.13), (2, 0.05), (1, 0.02)];

    private static readonly Dictionary<int, string[]> Comments = new()
    {
        [5] = ["Really useful, thank you.", "Best session so far.", "Practical and to the point.", "Learned more in an hour than in a week of reading.",
            "Great questions, made me think.", "Exactly what I needed this week.", "Very generous with time and examples."],
        [4] = ["Good session, a bit rushed at the end.", "Useful, would like more examples next time.", "Good, though we ran out of time.", "Helpful.",
            "Solid session, next time I'll come better prepared."],
        [3] = ["OK, we drifted off topic.", "Fine, but I need more hands-on practice.", "Useful in parts.", "A bit too theoretical for me."],
        [2] = ["Felt rushed, we were both distracted.", "Not much new for me this time.", "Hard to focus on video today."],
        [1] = ["We didn't really get anywhere.", "Cut short, almost nothing covered."],
    };

    public static (int Rating, string? Comment) Write(SeedRandom random)
    {
        var rating = random.Pick(Ratings);
        return (rating, random.Chance(0.55) ? random.Pick(Comments[rating]) : null);
    }
}
