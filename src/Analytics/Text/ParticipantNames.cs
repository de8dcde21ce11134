namespace MentorGraph.Analytics.Text;

/// <summary>The two participants' names split into parts, for matching in a note's tokens.</summary>
internal sealed class ParticipantNames
{
    private readonly string[] _seniorParts;
    private readonly string[] _juniorParts;
    private readonly Dictionary<string, ParticipantRole> _singleParts = new(StringComparer.Ordinal);

    public ParticipantNames(string? seniorName, string? juniorName)
    {
        _seniorParts = Parts(seniorName);
        _juniorParts = Parts(juniorName);
        var shared = _seniorParts.Intersect(_juniorParts, StringComparer.Ordinal).ToHashSet(StringComparer.Ordinal);
        foreach (var part in _seniorParts.Where(p => !shared.Contains(p)))
        {
            _singleParts[part] = ParticipantRole.Senior;
        }

        foreach (var part in _juniorParts.Where(p => !shared.Contains(p)))
        {
            _singleParts[part] = ParticipantRole.Junior;
        }
    }

    /// <summary>The role whose name starts at <paramref name="index"/>, and how many tokens it spans.</summary>
    public (ParticipantRole? Role, int Length) Match(List<WordToken> tokens, int index, bool caseInsensitive)
    {
        var first = tokens[index];
        if (!caseInsensitive && !first.Capitalized)
        {
            return (null, 0);
        }

        // The longer full name first, so "Mei Lin Chau" is one match.
        var (longer, longerRole, shorter, shorterRole) = _seniorParts.Length >= _juniorParts.Length
            ? (_seniorParts, ParticipantRole.Senior, _juniorParts, ParticipantRole.Junior)
            : (_juniorParts, ParticipantRole.Junior, _seniorParts, ParticipantRole.Senior);
        if (IsSequenceAt(tokens, index, longer))
        {
            return (longerRole, longer.Length);
        }

        if (IsSequenceAt(tokens, index, shorter))
        {
            return (shorterRole, shorter.Length);
        }

        return _singleParts.TryGetValue(first.Text, out var role) ? (role, 1) : (null, 0);
    }

    private static bool IsSequenceAt(List<WordToken> tokens, int index, string[] parts)
    {
        if (parts.Length < 2 || index + parts.Length > tokens.Count)
        {
            return false;
        }

        for (var k = 0; k < parts.Length; k++)
        {
            if (!string.Equals(tokens[index + k].Text, parts[k], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private static string[] Parts(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return [];
        }

        // Clitic tokens ("'s") cannot be name parts; one-letter initials are too ambiguous.
        return Tokenizer.Tokenize(name)
            .SelectMany(sentence => sentence)
            .Select(token => token.Text)
            .Where(part => part.Length >= 2 && part[0] != '\'')
            .ToArray();
    }
}
