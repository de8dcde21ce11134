using System.Globalization;
using MentorGraph.Api.Schema.Classification;
using MentorGraph.Api.Schema.Common;
using MentorGraph.Api.Schema.Errors;
using MentorGraph.Api.Schema.Nodes;
using MentorGraph.GraphQL.Conventions;
using MentorGraph.GraphQL.Data.Binding;
using MentorGraph.GraphQL.Data.Declarations;
using MentorGraph.GraphQL.Execution;
using MentorGraph.GraphQL.Execution.Binding;
using MentorGraph.GraphQL.Types;
using MentorGraph.Persistence.Entities;
using LearningDirection = MentorGraph.Api.Schema.Classification.LearningDirection;
using Microsoft.EntityFrameworkCore;

namespace MentorGraph.Api.Schema.Labels;

/// <summary>
/// People's labels of notes: <c>labelNote</c> (<see cref="NoteLabelling"/>) and <c>reviewQueue</c>, the PAIR notes
/// whose model label asks for review, lowest confidence first.
/// </summary>
internal static class LabelResolvers
{
    /// <summary>The queue's rows: keyed by note, paged by confidence then note.</summary>
    public static EntityShape<ReviewItem> Shape { get; } = new EntityShape<ReviewItem>("ReviewItem").Key(r => r.NoteId);

    public static SchemaBuilder AddLabels(this SchemaBuilder builder) => builder
        .BindPayload("LabelNotePayload", typeof(ValidationError), typeof(NotFoundError), typeof(ForbiddenError))
        .Resolve<LabelNoteInput>("Mutation.labelNote", async (input, context) =>
        {
            var data = await Mutations.StartAsync(context);
            var token = context.CancellationToken;
            var me = Mutations.RequirePerson(data, "label a note");
            var note = await Mutations.LoadAsync<SessionNote>(data, input.NoteId, NodeTypes.SessionNote, "noteId", token);
            if (note.Visibility != NoteVisibility.Pair)
            {
                // Only PAIR notes are reviewed; a PRIVATE note's text never becomes training data.
                throw new PayloadErrorException(new ForbiddenError("noteId", "Only PAIR notes are labelled; a PRIVATE note's text never becomes training data."));
            }

            var direction = ToNoteDirection(input.Direction);
            if (!await NoteLabelling.LabelAsync(data, note.Id, input.Topic.Name, EnumText<NoteDirection>.ToText(direction), me, data.Viewer.Email, token))
            {
                throw new PayloadErrorException(new NotFoundError("noteId", input.NoteId, $"No SessionNote with the id \"{input.NoteId}\" is yours to see."));
            }

            data.Db.ChangeTracker.Clear();
            var labelled = await data.RunAsync(t => data.Db.SessionNotes.AsNoTracking().FirstAsync(n => n.Id == note.Id, t), token);
            return Payload.Success(labelled);
        })
        .BindType<ReviewItem>("ReviewItem")
        .Resolve("ReviewItem.confidence", context => Shortest(Item(context).Confidence))
        .Resolve("ReviewItem.topic", context => TopicIds.Topic(Item(context).TopicId))
        .Resolve("ReviewItem.topicConfidence", context => Shortest(Item(context).TopicProbability))
        .Resolve("ReviewItem.direction", context => FromNoteDirection(Item(context).Direction))
        .Resolve("ReviewItem.directionConfidence", context => Shortest(Item(context).DirectionProbability))
        .ResolveConnection(
            "Query.reviewQueue",
            Shape,
            context =>
            {
                var data = RequestData.Of(context);
                return from n in data.Visible<SessionNote>()
                       where n.Visibility == NoteVisibility.Pair && n.LabelSource == LabelSource.Model
                       from c in data.Db.NoteClassifications
                       where c.NoteId == n.Id && c.ModelVersion == n.ModelVersion && c.TextSha256 == n.TextSha256 && c.NeedsReview
                       select new ReviewItem
                       {
                           NoteId = n.Id,
                           Confidence = Math.Min(c.TopicProbability, c.DirectionProbability),
                           Note = n,
                           TopicId = c.TopicId,
                           TopicProbability = c.TopicProbability,
                           Direction = c.Direction,
                           DirectionProbability = c.DirectionProbability,
                           ModelVersion = c.ModelVersion,
                       };
            },
            settings => settings.OrderByDefault(r => r.Confidence));

    private static ReviewItem Item(IResolveFieldContext context) => (ReviewItem)context.Source!;

    private static NoteDirection ToNoteDirection(LearningDirection direction) => direction switch
    {
        LearningDirection.Upward => NoteDirection.Upward,
        LearningDirection.Downward => NoteDirection.Downward,
        _ => NoteDirection.Mutual,
    };

    private static LearningDirection FromNoteDirection(NoteDirection direction) => direction switch
    {
        NoteDirection.Upward => LearningDirection.Upward,
        NoteDirection.Downward => LearningDirection.Downward,
        _ => LearningDirection.Mutual,
    };

    /// <summary>A float as the double with the same shortest decimal form (0.87f → 0.87).</summary>
    private static double Shortest(float value) => double.Parse(value.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
}
