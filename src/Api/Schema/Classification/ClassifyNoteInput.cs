using System.Globalization;
using MentorGraph.Analytics;
using MentorGraph.Analytics.Classification;
using MentorGraph.Analytics.Records;

namespace MentorGraph.Api.Schema.Classification;

/// <summary>
/// The GraphQL input <c>ClassifyNoteInput</c>, read from the coerced argument and checked against the
/// limits the schema documents (text at most 5000 characters, names at most 200, evidence 0–50,
/// threshold 0–1). Every problem is reported, not only the first.
/// </summary>
internal sealed record ClassifyNoteInput(Note Note, ClassifyOptions Options)
{
    // The schema documents 5000 characters for classifyNote's text (the record files allow the domain's 20,000).
    private static readonly RecordLimits Limits = new() { MaxTextLength = 5000 };
    private const int MaxEvidencePerModel = 50;

    public static (ClassifyNoteInput? Input, IReadOnlyList<InputError> Errors) Read(IReadOnlyDictionary<string, object?> input)
    {
        var errors = new List<InputError>();
        var text = (string)input["text"]!;
        if (string.IsNullOrWhiteSpace(text))
        {
            errors.Add(new InputError(InputErrorCode.Empty, "text", "The note text is empty."));
        }
        else if (text.Length > Limits.MaxTextLength)
        {
            errors.Add(new InputError(InputErrorCode.TooLong, "text",
                $"The note text has {text.Length} characters; the limit is {Limits.MaxTextLength}."));
        }

        var seniorName = Name(input, "seniorName", errors);
        var juniorName = Name(input, "juniorName", errors);

        var evidence = Convert.ToInt32(input["evidencePerModel"], CultureInfo.InvariantCulture);
        if (evidence is < 0 or > MaxEvidencePerModel)
        {
            errors.Add(new InputError(InputErrorCode.OutOfRange, "evidencePerModel",
                $"evidencePerModel is {evidence}; it must be from 0 to {MaxEvidencePerModel}."));
        }

        var threshold = Convert.ToDouble(input["secondaryTopicThreshold"], CultureInfo.InvariantCulture);
        if (threshold is not (>= 0 and <= 1))
        {
            errors.Add(new InputError(InputErrorCode.OutOfRange, "secondaryTopicThreshold",
                $"secondaryTopicThreshold is {threshold.ToString(CultureInfo.InvariantCulture)}; it must be from 0 to 1."));
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        var note = new Note(text, (ParticipantRole)input["authorRole"]!, seniorName, juniorName);
        var options = new ClassifyOptions { EvidencePerModel = evidence, SecondaryTopicThreshold = (float)threshold };
        return (new ClassifyNoteInput(note, options), errors);
    }

    private static string? Name(IReadOnlyDictionary<string, object?> input, string field, List<InputError> errors)
    {
        var name = input.TryGetValue(field, out var value) ? value as string : null;
        if (name is not null && name.Length > Limits.MaxNameLength)
        {
            errors.Add(new InputError(InputErrorCode.TooLong, field,
                $"{field} has {name.Length} characters; the limit is {Limits.MaxNameLength}."));
            return null;
        }

        return string.IsNullOrWhiteSpace(name) ? null : name;
    }
}
