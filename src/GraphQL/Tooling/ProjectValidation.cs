using System.Text;
using MentorGraph.GraphQL.Language;
using MentorGraph.GraphQL.Language.Ast;
using MentorGraph.GraphQL.Types;
using MentorGraph.GraphQL.Validation;
using MentorGraph.GraphQL.Validation.Rules;

namespace MentorGraph.GraphQL.Tooling;

/// <summary>
/// Validates the documents of a whole front-end project together, as Apollo and Relay projects are written:
/// a fragment is defined once, next to the component that needs it, and spread by name in operations of other
/// files. Each document is validated with every rule and the configured limits, with the fragments it uses —
/// directly or through other fragments — taken from wherever the project defines them. On top of the spec's rules:
/// <list type="bullet">
/// <item>a fragment or operation name defined in two documents is an error at each later definition (names are
/// global in such projects: generated types and persisted ids are keyed by them); twice in one document is the
/// spec's own rule;</item>
/// <item>"never used" (spec 5.5.1.4) is judged over the project: a fragment is used when an operation of any
/// document reaches it.</item>
/// </list>
/// An error is reported once, at its file, line and column, even when several documents meet it (an error inside
/// a shared fragment).
/// </summary>
public static class ProjectValidation
{
    /// <summary>The spec's rules and the limits, but "fragments must be used", which is judged over the project here.</summary>
    private static readonly IReadOnlyList<Func<ValidationRule>> DocumentRules =
        [.. SpecifiedRules.All.Where(rule => rule() is not FragmentsMustBeUsed)];

    /// <summary>The project's errors, grouped by file in the order the documents came (each file's in the order found); empty when it is valid.</summary>
    public static IReadOnlyList<ProjectError> Validate(Schema schema, IReadOnlyList<ProjectDocument> documents, GraphQLOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(documents);
        options ??= new GraphQLOptions();
        var parserOptions = ParserOptions.From(options);
        var errors = new ErrorList();

        var parsed = new List<Parsed>();
        foreach (var document in documents)
        {
            try
            {
                parsed.Add(new Parsed(document, Parser.Parse(new Source(document.Text, document.File), parserOptions)));
            }
            catch (GraphQLSyntaxException exception)
            {
                errors.Add(document, exception.Error);
            }
        }

        var fragments = Definitions<FragmentDefinitionNode>(parsed, f => f.Name.Value);
        var operations = Definitions<OperationDefinitionNode>(parsed, o => o.Name?.Value);
        ReportDuplicates(fragments, "Fragment", errors);
        ReportDuplicates(operations, "Operation", errors);

        foreach (var document in parsed)
        {
            ValidateWithProjectFragments(schema, document, fragments, options, parserOptions, errors);
        }

        ReportUnusedFragments(parsed, fragments, errors);

        // Grouped by file, in the order the files were given (OrderBy is stable: each file's errors keep their order).
        var fileOrder = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var document in documents)
        {
            fileOrder.TryAdd(document.File, fileOrder.Count);
        }

        return [.. errors.Items.OrderBy(error => fileOrder.GetValueOrDefault(error.File, int.MaxValue))];
    }

    /// <summary>
    /// Validates one document with the other documents' fragments it needs appended to its text, each on a line of
    /// its own, so that every location of the combined text maps back to one place of one file.
    /// </summary>
    private static void ValidateWithProjectFragments(
        Schema schema, Parsed document, Dictionary<string, List<Defined<FragmentDefinitionNode>>> fragments,
        GraphQLOptions options, ParserOptions parserOptions, ErrorList errors)
    {
        var own = document.Node.Definitions.OfType<FragmentDefinitionNode>().Select(f => f.Name.Value).ToHashSet(StringComparer.Ordinal);
        var appended = new List<Defined<FragmentDefinitionNode>>();
        var pending = new Queue<string>(SpreadNames(document.Node.Definitions.OfType<ExecutableDefinitionNode>()));
        var seen = new HashSet<string>(own, StringComparer.Ordinal);
        while (pending.TryDequeue(out var name))
        {
            if (!seen.Add(name) || !fragments.TryGetValue(name, out var definitions))
            {
                continue;
            }

            var first = definitions[0];
            appended.Add(first);
            foreach (var next in SpreadNames([first.Node]))
            {
                pending.Enqueue(next);
            }
        }

        if (appended.Count == 0)
        {
            foreach (var error in DocumentValidator.Validate(schema, document.Node, options, DocumentRules, Introspection.GetFieldDefinition))
            {
                errors.Add(document.Source, error);
            }

            return;
        }

        var text = new StringBuilder(document.Source.Text);
        var segments = new List<Segment>();
        foreach (var fragment in appended)
        {
            text.Append('\n');
            var location = fragment.Node.Location!.Value;
            segments.Add(new Segment(text.Length, fragment.Document, location.Line, location.Column));
            text.Append(fragment.Document.Source.Text, location.Start, location.End - location.Start);
        }

        var combined = new Source(text.ToString(), document.Source.File);
        var startLines = segments.Select(s => s with { VirtualLine = combined.GetLineColumn(s.Offset).Line }).ToList();
        DocumentNode node;
        try
        {
            node = Parser.Parse(combined, parserOptions);
        }
        catch (GraphQLSyntaxException exception)
        {
            // Only a limit can fail here (each part parsed alone): it is the document's.
            errors.Add(document.Source, exception.Error with { Locations = null });
            return;
        }

        foreach (var error in DocumentValidator.Validate(schema, node, options, DocumentRules, Introspection.GetFieldDefinition))
        {
            if (error.Locations is not { Count: > 0 } locations)
            {
                errors.Add(document.Source, error);
                continue;
            }

            var (line, column) = (locations[0].Line, locations[0].Column);
            var segment = startLines.LastOrDefault(s => s.VirtualLine <= line);
            if (segment is null)
            {
                errors.Add(document.Source, error);
                continue;
            }

            // A line of an appended fragment: its place in its own document, then in its file.
            var offset = line - segment.VirtualLine;
            var inDocument = (Line: segment.Line + offset, Column: offset == 0 ? segment.Column + column - 1 : column);
            errors.Add(segment.Owner.Source, error.Message, inDocument.Line, inDocument.Column);
        }
    }

    private static void ReportDuplicates<T>(Dictionary<string, List<Defined<T>>> byName, string what, ErrorList errors)
        where T : Node
    {
        foreach (var (name, definitions) in byName)
        {
            var first = definitions[0];
            var firstAt = first.Document.Source.ToFile(first.Node.Location!.Value.Line, first.Node.Location.Value.Column);
            foreach (var later in definitions.Skip(1).Where(d => d.Document != first.Document))
            {
                var location = later.Node.Location!.Value;
                errors.Add(later.Document.Source,
                    $"{what} \"{name}\" is defined more than once in the project; it is also defined at {first.Document.Source.File}:{firstAt.Line}:{firstAt.Column}.",
                    location.Line, location.Column);
            }
        }
    }

    /// <summary>Spec 5.5.1.4 over the project: fragments no operation of any document reaches.</summary>
    private static void ReportUnusedFragments(List<Parsed> documents, Dictionary<string, List<Defined<FragmentDefinitionNode>>> fragments, ErrorList errors)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Queue<string>(SpreadNames(documents.SelectMany(d => d.Node.Definitions.OfType<OperationDefinitionNode>())));
        while (pending.TryDequeue(out var name))
        {
            if (used.Add(name) && fragments.TryGetValue(name, out var definitions))
            {
                foreach (var next in SpreadNames(definitions.Select(d => d.Node)))
                {
                    pending.Enqueue(next);
                }
            }
        }

        foreach (var (name, definitions) in fragments)
        {
            if (!used.Contains(name))
            {
                foreach (var definition in definitions)
                {
                    var location = definition.Node.Location!.Value;
                    errors.Add(definition.Document.Source, $"Fragment \"{name}\" is never used.", location.Line, location.Column);
                }
            }
        }
    }

    /// <summary>Definitions of one kind by name, each with its document, in document order (anonymous ones left out).</summary>
    private static Dictionary<string, List<Defined<T>>> Definitions<T>(List<Parsed> documents, Func<T, string?> name)
        where T : DefinitionNode
    {
        var byName = new Dictionary<string, List<Defined<T>>>(StringComparer.Ordinal);
        foreach (var document in documents)
        {
            foreach (var definition in document.Node.Definitions.OfType<T>())
            {
                if (name(definition) is { } key)
                {
                    if (!byName.TryGetValue(key, out var list))
                    {
                        byName[key] = list = [];
                    }

                    list.Add(new Defined<T>(document, definition));
                }
            }
        }

        return byName;
    }

    /// <summary>The names of the fragments spread anywhere in the definitions' selections.</summary>
    internal static IEnumerable<string> SpreadNames(IEnumerable<ExecutableDefinitionNode> definitions)
    {
        var stack = new Stack<SelectionSetNode>(definitions.Select(d => d.SelectionSet));
        while (stack.TryPop(out var selectionSet))
        {
            foreach (var selection in selectionSet.Selections)
            {
                switch (selection)
                {
                    case FragmentSpreadNode spread:
                        yield return spread.Name.Value;
                        break;
                    case InlineFragmentNode inline:
                        stack.Push(inline.SelectionSet);
                        break;
                    case FieldNode { SelectionSet: { } children }:
                        stack.Push(children);
                        break;
                }
            }
        }
    }

    private sealed record Parsed(ProjectDocument Source, DocumentNode Node);

    private sealed record Defined<T>(Parsed Document, T Node);

    /// <summary>A fragment appended at <see cref="Offset"/> of the combined text; it stands at <see cref="Line"/>:<see cref="Column"/> of its own document.</summary>
    private sealed record Segment(int Offset, Parsed Owner, int Line, int Column, int VirtualLine = 0);

    /// <summary>Errors at file positions, each kept once.</summary>
    private sealed class ErrorList
    {
        private readonly HashSet<ProjectError> seen = [];

        public List<ProjectError> Items { get; } = [];

        public void Add(ProjectDocument document, GraphQLError error)
        {
            if (error.Locations is { Count: > 0 } locations)
            {
                Add(document, error.Message, locations[0].Line, locations[0].Column);
            }
            else
            {
                Append(new ProjectError(document.File, document.Line, document.Column, error.Message));
            }
        }

        /// <summary>An error at a line and column of the document's text.</summary>
        public void Add(ProjectDocument document, string message, int line, int column)
        {
            var at = document.ToFile(line, column);
            Append(new ProjectError(document.File, at.Line, at.Column, message));
        }

        private void Append(ProjectError error)
        {
            if (seen.Add(error))
            {
                Items.Add(error);
            }
        }
    }
}
