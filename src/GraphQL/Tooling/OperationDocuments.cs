using MentorGraph.GraphQL.Language;
using MentorGraph.GraphQL.Language.Ast;

namespace MentorGraph.GraphQL.Tooling;

/// <summary>One operation of a project as the self-contained document a client sends (or persists by its hash).</summary>
/// <param name="Name">The operation's name; null for an anonymous one.</param>
/// <param name="Text">The operation's text as written, then each fragment it uses (directly or through others) in name order, separated by blank lines.</param>
public sealed record OperationDocument(string? Name, string Text);

/// <summary>
/// Builds the document of each operation of a (valid) project: the operation's own text followed by the text of every
/// fragment it reaches, wherever in the project that fragment is defined — what Relay's compiler and Apollo's persisted
/// query manifests produce per operation. The texts are copied from the files (a template's <c>${…}</c> are spaces), so
/// the same files always give the same documents and the same ids.
/// </summary>
public static class OperationDocuments
{
    /// <summary>The operations in document order. Parse errors throw: validate the project first (<see cref="ProjectValidation"/>).</summary>
    public static IReadOnlyList<OperationDocument> Build(IReadOnlyList<ProjectDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var unlimited = new ParserOptions { MaxDocumentLength = 0, MaxTokens = 0, MaxDepth = 0 };
        var parsed = documents.Select(d => (Document: d, Node: Parser.Parse(new Source(d.Text, d.File), unlimited))).ToList();
        var fragments = new Dictionary<string, (ProjectDocument Document, FragmentDefinitionNode Node)>(StringComparer.Ordinal);
        foreach (var (document, node) in parsed)
        {
            foreach (var fragment in node.Definitions.OfType<FragmentDefinitionNode>())
            {
                fragments.TryAdd(fragment.Name.Value, (document, fragment));
            }
        }

        var operations = new List<OperationDocument>();
        foreach (var (document, node) in parsed)
        {
            foreach (var operation in node.Definitions.OfType<OperationDefinitionNode>())
            {
                var used = new SortedSet<string>(StringComparer.Ordinal);
                var pending = new Queue<string>(ProjectValidation.SpreadNames([operation]));
                while (pending.TryDequeue(out var name))
                {
                    if (fragments.TryGetValue(name, out var fragment) && used.Add(name))
                    {
                        foreach (var next in ProjectValidation.SpreadNames([fragment.Node]))
                        {
                            pending.Enqueue(next);
                        }
                    }
                }

                var parts = new List<string> { Slice(document, operation) };
                parts.AddRange(used.Select(name => Slice(fragments[name].Document, fragments[name].Node)));
                operations.Add(new OperationDocument(operation.Name?.Value, string.Join("\n\n", parts)));
            }
        }

        return operations;
    }

    private static string Slice(ProjectDocument document, Node node)
    {
        var location = node.Location!.Value;
        return document.Text[location.Start..location.End];
    }
}
