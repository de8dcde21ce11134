using System.Globalization;
using MentorGraph.Analytics;
using MentorGraph.Analytics.Classification;
using MentorGraph.Analytics.Records;
using MentorGraph.Api.Schema.Errors;
using ValidationCodes = MentorGraph.Analytics.ValidationCodes;

namespace MentorGraph.Api.Schema.Classification;

/// <summary>
/// The GraphQL input <c>ClassifyNoteInput</c>, bound by the engine (defaults applied). <see cref="Validate"/> checks
/// the limits the schema documents (text at most 5000 characters, names at most 200, evidence 0–50,
/// threshold 0–1) and reports every problem, not only the first.
/// </summary>
public sealed record ClassifyNoteInput(
    string Text,
    ParticipantRole AuthorRole,
    string? SeniorName,
    string? JuniorName,
    int EvidencePerModel,
    double SecondaryTopicThreshold)
{
    // The schema documents 5000 characters for classifyNote's text (the record files allow the domain's 20,000).
    private static readonly RecordLimits Limits = new() { MaxTextLength = 5000 };
    private const int MaxEvidencePerModel = 50;

    /// <summary>Why the input cannot be classified; empty when it can.</summary>
    public IReadOnlyList<ValidationError> Validate()
    {
        var errors = new List<ValidationError>();
        if (string.IsNullOrWhiteSpace(Text))
        {
            errors.Add(new ValidationError("text", ValidationCodes.Empty, "The note text is empty."));
        }
        else if (Text.Length > Limits.MaxTextLength)
        {
            errors.Add(new ValidationError("text", ValidationCodes.TooLong,
                $"The note text has {Text.Length} characters; the limit is {Limits.MaxTextLength}."));
        }

        CheckName("seniorName", SeniorName, errors);
        CheckName("juniorName", JuniorName, errors);

        if (EvidencePerModel is < 0 or > MaxEvidencePerModel)
        {
            errors.Add(new ValidationError("evidencePerModel", ValidationCodes.OutOfRange,
                $"evidencePerModel is {EvidencePerModel}; it must be from 0 to {MaxEvidencePerModel}."));
        }

        if (SecondaryTopicThreshold is not (>= 0 and <= 1))
        {
            errors.Add(new ValidationError("secondaryTopicThreshold", ValidationCodes.OutOfRange,
                $"secondaryTopicThreshold is {SecondaryTopicThreshold.ToString(CultureInfo.InvariantCulture)}; it must be from 0 to 1."));
        }

        return errors;
    }

    /// <summary>The note to classify; a blank name counts as none.</summary>
    public Note ToNote() => new(Text, AuthorRole, Blank(SeniorName), Blank(JuniorName));

    public ClassifyOptions ToOptions() => new() { EvidencePerModel = EvidencePerModel, SecondaryTopicThreshold = (float)SecondaryTopicThreshold };

    private static void CheckName(string field, string? name, List<ValidationError> errors)
    {
        if (name is not null && name.Length > Limits.MaxNameLength)
        {
            errors.Add(new ValidationError(field, ValidationCodes.TooLong,
                $"{field} has {name.Length} characters; the limit is {Limits.MaxNameLength}."));
        }
    }

    private static string? Blank(string? name) => string.IsNullOrWhiteSpace(name) ? null : name;
}
