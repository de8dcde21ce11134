using MentorGraph.Persistence.Entities;

namespace MentorGraph.Api.Seed.Notes;

/// <summary>What a note is written from: its label (topic, direction), its author and the other participant, and the session.</summary>
public sealed record NoteRequest(
    string Topic,
    NoteDirection Direction,
    SeedPerson Author,
    bool AuthorIsSenior,
    SeedPerson Other,
    SessionFormat Format,
    Cadence Cadence,
    DateTime OccurredAt,
    int SessionNumber)
{
    /// <summary>Who taught, from the author's side: UPWARD means the junior taught, DOWNWARD the senior.</summary>
    public Teaching Teaching => Direction switch
    {
        NoteDirection.Mutual => Teaching.Both,
        NoteDirection.Upward => AuthorIsSenior ? Teaching.Them : Teaching.Me,
        _ => AuthorIsSenior ? Teaching.Me : Teaching.Them,
    };
}
