namespace MentorGraph.Persistence.Entities;

/// <summary>How often a pairing meets (a program's default, a pairing's own).</summary>
public enum Cadence
{
    Weekly,
    Biweekly,
    Monthly,
}
