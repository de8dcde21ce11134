namespace MentorGraph.Analytics.Text;

/// <summary>The two participants' names split into parts, for matching in a note's tokens.</summary>
internal sealed class ParticipantNames
{
    [ThreadStatic]
    private static ParticipantNames? t_last;

    [ThreadStatic]
    private static TokenBuffer? t_nameTokens;

    private readonly string? _seniorName;
    private readonly string? _juniorName;

    // Both full names, the one with more parts first, so "Mei Lin Chau" is matched before "Mei Tan".
    private readonly string[] _longerParts;
    private readonly ParticipantRole _longerRole;
    private readonly string[] _shorterParts;
    private readonly ParticipantRole _shorterRole;

    // The name parts only one participant has, each with its role (the first _singleCount entries);
    // a handful, so a scan beats hashing.
    private readonly string[] _singleParts;
    private readonly ParticipantRole[] _singleRoles;
    private readonly int _singleCount;

    /// <summary>The names of a pair, reusing this thread's last instance when the pair is the same
    /// (a batch often holds several notes of one pairing).</summary>
    public static ParticipantNames For(string? seniorName, string? juniorName)
    {
        var last = t_last;
        if (last is not null && string.Equals(last._seniorName, seniorName, StringComparison.Ordinal) &&
            string.Equals(last._juniorName, juniorName, StringComparison.Ordinal))
        {
            return last;
        }

        return t_last = new ParticipantNames(seniorName, juniorName);
    }

    public ParticipantNames(string? seniorName, string? juniorName)
    {
        _seniorName = seniorName;
        _juniorName = juniorName;
        var seniorParts = Parts(seniorName);
        var juniorParts = Parts(juniorName);
        if (seniorParts.Length >= juniorParts.Length)
        {
            (_longerParts, _longerRole, _shorterParts, _shorterRole) = (seniorParts, ParticipantRole.Senior, juniorParts, ParticipantRole.Junior);
        }
        else
        {
            (_longerParts, _longerRole, _shorterParts, _shorterRole) = (juniorParts, ParticipantRole.Junior, seniorParts, ParticipantRole.Senior);
        }

        _singleParts = new string[seniorParts.Length + juniorParts.Length];
        _singleRoles = new ParticipantRole[_singleParts.Length];
        AddSingleParts(seniorParts, juniorParts, ParticipantRole.Senior, ref _singleCount);
        AddSingleParts(juniorParts, seniorParts, ParticipantRole.Junior, ref _singleCount);
    }

    /// <summary>The role whose name starts at <paramref name="index"/>, and how many tokens it spans.</summary>
    public (ParticipantRole? Role, int Length) Match(ReadOnlySpan<WordToken> tokens, int index, bool caseInsensitive)
    {
        var first = tokens[index];
        if (!caseInsensitive && !first.Capitalized)
        {
            return (null, 0);
        }

        if (IsSequenceAt(tokens, index, _longerParts))
        {
            return (_longerRole, _longerParts.Length);
        }

        if (IsSequenceAt(tokens, index, _shorterParts))
        {
            return (_shorterRole, _shorterParts.Length);
        }

        for (var k = 0; k < _singleCount; k++)
        {
            if (string.Equals(first.Text, _singleParts[k], StringComparison.Ordinal))
            {
                return (_singleRoles[k], 1);
            }
        }

        return (null, 0);
    }

    /// <summary>Adds the parts of one name that the other name does not have (a part repeated in one
    /// name is added twice, harmlessly: both entries have the same role).</summary>
    private void AddSingleParts(string[] parts, string[] otherParts, ParticipantRole role, ref int count)
    {
        foreach (var part in parts)
        {
            if (Array.IndexOf(otherParts, part) < 0)
            {
                _singleParts[count] = part;
                _singleRoles[count] = role;
                count++;
            }
        }
    }

    private static bool IsSequenceAt(ReadOnlySpan<WordToken> tokens, int index, string[] parts)
    {
        if (parts.Length < 2 || index + parts.Length > tokens.Length)
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

        // Sentence breaks inside a name ("J. R. Smith") do not matter: all its tokens count.
        var tokens = t_nameTokens ??= new TokenBuffer();
        Tokenizer.Tokenize(name, tokens);
        var count = 0;
        foreach (var token in tokens.Tokens)
        {
            count += IsNamePart(token.Text) ? 1 : 0;
        }

        var parts = new string[count];
        count = 0;
        foreach (var token in tokens.Tokens)
        {
            if (IsNamePart(token.Text))
            {
                parts[count++] = token.Text;
            }
        }

        return parts;
    }

    // Clitic tokens ("'s") cannot be name parts; one-letter initials are too ambiguous.
    private static bool IsNamePart(string token) => token.Length >= 2 && token[0] != '\'';
}
