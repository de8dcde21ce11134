using System.Linq.Expressions;
using MentorGraph.Api.Schema.Viewer;
using MentorGraph.GraphQL.Data;
using MentorGraph.Persistence.Entities;

namespace MentorGraph.Api.Schema.Privacy;

/// <summary>
/// Which rows a viewer may read: one predicate per entity, applied by <see cref="Common.RequestData.Visible{T}"/> to
/// every query of that entity — root connections, <c>node</c>/<c>nodes</c>, the nested connections and the
/// DataLoaders — and by the mutations when they load what they change (an invisible row is "not found"). No
/// resolver checks rows on its own. The rules (null: every row):
/// <list type="bullet">
/// <item>the directory (people, departments, programs, topics): everyone signed in;</item>
/// <item>pairings, their status history and sessions: their two participants; ADMIN all;</item>
/// <item>session notes: the author always; PAIR notes also the other participant, and ADMIN (each such read of
/// another pair's note is audited); PRIVATE notes never anyone else, ADMIN included;</item>
/// <item>feedback: its author, the other participant once they have submitted theirs too (dual-blind), ADMIN;</item>
/// <item>lessons: the two participants, PROGRAM lessons everyone with a pairing in the program, COMPANY lessons
/// everyone (the feed); ADMIN all;</item>
/// <item>the audit of note reads: the note's author and ADMIN.</item>
/// </list>
/// EXECUTIVE and ANALYST read rows as members do; their aggregates come with the insights issue. The same rules
/// guard every navigation a client's <c>where</c> or <c>order</c> follows (<see cref="Guards"/>): a filter through
/// <c>lesson.pairing</c>, <c>lesson.session</c>, <c>session.notes</c> or <c>session.feedback</c> sees only the related
/// rows the viewer may read, so filtering cannot reveal what reading does not.
/// </summary>
public static class Visibility
{
    /// <summary>The rule of <typeparamref name="T"/> for <paramref name="viewer"/>; null when every row is visible.</summary>
    public static Expression<Func<T, bool>>? Rule<T>(ViewerInfo viewer)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        object? rule = typeof(T) switch
        {
            var t when t == typeof(Pairing) => Pairings(viewer),
            var t when t == typeof(PairingStatusChange) => Over(Pairings(viewer), (PairingStatusChange c) => c.Pairing),
            var t when t == typeof(Session) => Over(Pairings(viewer), (Session s) => s.Pairing),
            var t when t == typeof(SessionNote) => Notes(viewer),
            var t when t == typeof(NoteClassificationResult) => Over(Notes(viewer), (NoteClassificationResult c) => c.Note),
            var t when t == typeof(SessionFeedback) => Feedback(viewer),
            var t when t == typeof(Lesson) => Lessons(viewer),
            var t when t == typeof(NoteRead) => NoteReads(viewer),
            _ => null,
        };
        return (Expression<Func<T, bool>>?)rule;
    }

    /// <summary>
    /// Every rule of <paramref name="viewer"/>, for the engine to apply to each navigation of a filter or an order
    /// (see <see cref="NavigationGuards"/>): the related rows a query reaches are narrowed as its root rows are.
    /// Each entity type that has a rule in <see cref="Rule{T}"/> is listed here (a test checks it).
    /// </summary>
    public static NavigationGuards Guards(ViewerInfo viewer) => new NavigationGuards()
        .Add(Rule<Pairing>(viewer))
        .Add(Rule<PairingStatusChange>(viewer))
        .Add(Rule<Session>(viewer))
        .Add(Rule<SessionNote>(viewer))
        .Add(Rule<NoteClassificationResult>(viewer))
        .Add(Rule<SessionFeedback>(viewer))
        .Add(Rule<Lesson>(viewer))
        .Add(Rule<NoteRead>(viewer));

    private static Expression<Func<Pairing, bool>>? Pairings(ViewerInfo viewer)
    {
        if (viewer.IsAdmin)
        {
            return null;
        }

        if (viewer.PersonId is not { } me)
        {
            return _ => false;
        }

        return p => p.SeniorId == me || p.JuniorId == me;
    }

    private static Expression<Func<SessionNote, bool>> Notes(ViewerInfo viewer)
    {
        if (viewer.PersonId is not { } me)
        {
            // Without a person no read can be audited, so not even an ADMIN reads others' notes.
            return _ => false;
        }

        if (viewer.IsAdmin)
        {
            return n => n.AuthorId == me || n.Visibility == NoteVisibility.Pair;
        }

        return n => n.AuthorId == me
            || (n.Visibility == NoteVisibility.Pair && (n.Session.Pairing.SeniorId == me || n.Session.Pairing.JuniorId == me));
    }

    private static Expression<Func<SessionFeedback, bool>>? Feedback(ViewerInfo viewer)
    {
        if (viewer.IsAdmin)
        {
            return null;
        }

        if (viewer.PersonId is not { } me)
        {
            return _ => false;
        }

        // Only participants give feedback, so "I have given mine on this session" is "I am the other participant and both are in".
        return f => f.AuthorId == me || f.Session.Feedback.Any(mine => mine.AuthorId == me);
    }

    private static Expression<Func<Lesson, bool>>? Lessons(ViewerInfo viewer)
    {
        if (viewer.IsAdmin)
        {
            return null;
        }

        if (viewer.PersonId is not { } me)
        {
            return l => l.Visibility == LessonVisibility.Company;
        }

        return l => l.Visibility == LessonVisibility.Company
            || l.TeacherId == me
            || l.LearnerId == me
            || (l.Visibility == LessonVisibility.Program && l.Pairing.Program.Pairings.Any(p => p.SeniorId == me || p.JuniorId == me));
    }

    private static Expression<Func<NoteRead, bool>>? NoteReads(ViewerInfo viewer)
    {
        if (viewer.IsAdmin)
        {
            return null;
        }

        if (viewer.PersonId is not { } me)
        {
            return _ => false;
        }

        return r => r.Note.AuthorId == me;
    }

    /// <summary>A parent's rule applied to a child through <paramref name="parent"/>: the pairing rule on <c>s =&gt; s.Pairing</c>.</summary>
    private static Expression<Func<TChild, bool>>? Over<TParent, TChild>(Expression<Func<TParent, bool>>? rule, Expression<Func<TChild, TParent>> parent)
    {
        if (rule is null)
        {
            return null;
        }

        var body = new Replace(rule.Parameters[0], parent.Body).Visit(rule.Body);
        return Expression.Lambda<Func<TChild, bool>>(body, parent.Parameters);
    }

    private sealed class Replace(ParameterExpression from, Expression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }
}
