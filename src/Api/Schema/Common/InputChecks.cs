using MentorGraph.Analytics;
using MentorGraph.Api.Schema.Errors;
using MentorGraph.GraphQL.Conventions;

namespace MentorGraph.Api.Schema.Common;

/// <summary>Checks of the texts and numbers an input carries, collected so a payload reports every problem at once.</summary>
public sealed class InputChecks
{
    private readonly List<PayloadError> _errors = [];

    public IReadOnlyList<PayloadError> Errors => _errors;

    /// <summary>A text that must not be empty; trimmed. Null when refused.</summary>
    public string Required(string? value, string field, int maxLength)
    {
        var text = value?.Trim() ?? string.Empty;
        if (text.Length == 0)
        {
            _errors.Add(new ValidationError(field, ValidationCodes.Empty, $"{field} must not be empty."));
        }
        else
        {
            Length(text, field, maxLength);
        }

        return text;
    }

    /// <summary>A text that may be empty or null; trimmed, null when blank.</summary>
    public string? Optional(string? value, string field, int maxLength)
    {
        var text = value?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        Length(text, field, maxLength);
        return text;
    }

    /// <summary>A text kept as written (a note), only its length checked.</summary>
    public void Length(string text, string field, int maxLength)
    {
        if (text.Length > maxLength)
        {
            _errors.Add(new ValidationError(field, ValidationCodes.TooLong, $"{field} has {text.Length} characters; the limit is {maxLength}."));
        }
    }

    public void Range(int value, string field, int min, int max)
    {
        if (value < min || value > max)
        {
            _errors.Add(new ValidationError(field, ValidationCodes.OutOfRange, $"{field} is {value}; it must be from {min} to {max}."));
        }
    }

    public void Add(PayloadError error) => _errors.Add(error);

    /// <summary>Ends the mutation with every problem found, when there is one.</summary>
    public void ThrowIfAny() => Mutations.Refuse(_errors);
}
