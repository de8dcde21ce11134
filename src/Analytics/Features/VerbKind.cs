namespace MentorGraph.Analytics.Features;

/// <summary>What a verb of <see cref="TeachingLexicon"/> says about who knows what.</summary>
internal enum VerbKind
{
    /// <summary>Not a verb of the lexicon.</summary>
    None,

    /// <summary>The subject passes knowledge on (teach, show, explain, walk … through, point out): the subject teaches.</summary>
    Teach,

    /// <summary>The subject comes to know (learn, pick up, realise): the other participant taught.</summary>
    Learn,

    /// <summary>A state of knowing (know, hear of, be aware): negated ("didn't know", "had no idea"), the subject
    /// was the one who learned; affirmed, it says nothing about direction.</summary>
    Know,

    /// <summary>Saying or noticing (say, notice, mention, bring): no direction by itself, but the same one done by
    /// both participants ("she noticed …, I noticed …") is a sign of an exchange.</summary>
    Report,
}
