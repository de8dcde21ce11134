namespace MentorGraph.Analytics.Text;

/// <summary>
/// One word of a note after normalization: lower case, diacritics folded. <see cref="Capitalized"/>
/// remembers whether the original started with an upper-case letter (names are matched with it).
/// </summary>
public readonly record struct WordToken(string Text, bool Capitalized);
