using MentorGraph.Api.Pipeline;
using MentorGraph.Api.Schema.Classification;
using MentorGraph.Api.Schema.Common;
using MentorGraph.GraphQL.Execution;
using MentorGraph.Persistence.Entities;

namespace MentorGraph.Api.Schema.Notes;

/// <summary>
/// <c>SessionNote.classification</c> and <c>SessionNote.modelClassification</c>, both from one DataLoader per request:
/// the model results for the current texts of every note of a level, one query (the note's visibility rule applies
/// to the results too, so only those who may read a note see its classification).
/// <list type="bullet">
/// <item><c>classification</c>: a person's label from the note's effective columns (<c>label_source</c> PERSON); else
/// the stored result of the model named in <c>model_version</c> for the current text; null until then.</item>
/// <item><c>modelClassification</c>: the active model's result for the current text, else the latest of any model's.</item>
/// </list>
/// </summary>
internal static class NoteClassifications
{
    public static async Task<NoteClassificationView?> EffectiveAsync(IResolveFieldContext context, SessionNote note)
    {
        if (note.LabelSource == LabelSource.Person && note.TopicId is { } topic && note.Direction is { } direction)
        {
            return NoteClassificationView.FromPersonLabel(topic, direction, note.ClassifiedAt ?? note.UpdatedAt);
        }

        if (note.LabelSource != LabelSource.Model || note.ModelVersion is not { } version)
        {
            return null;
        }

        var results = await CurrentResultsAsync(context, note);
        return results.FirstOrDefault(r => r.ModelVersion == version) is { } result ? NoteClassificationView.From(result) : null;
    }

    public static async Task<NoteClassificationView?> ModelAsync(IResolveFieldContext context, SessionNote note)
    {
        var results = await CurrentResultsAsync(context, note);
        if (results.Count == 0)
        {
            return null;
        }

        var active = context.Services?.GetService<IActiveModelSource>()?.KnownVersion;
        var chosen = results.FirstOrDefault(r => r.ModelVersion == active) ?? results[0];
        return NoteClassificationView.From(chosen);
    }

    /// <summary>The note's stored results for its current text, latest first.</summary>
    private static Task<IReadOnlyList<NoteClassificationResult>> CurrentResultsAsync(IResolveFieldContext context, SessionNote note) =>
        Loaders.GroupAsync<NoteClassificationResult>(
            context,
            "SessionNote.classifications",
            c => c.NoteId,
            note.Id,
            q => q.Where(c => c.TextSha256 == c.Note.TextSha256).OrderByDescending(c => c.ClassifiedAt).ThenBy(c => c.ModelVersion));
}
