using MentorGraph.GraphQL.Types;

namespace MentorGraph.GraphQL.Execution;

/// <summary>
/// The collected fields of one selection for one object type, planned once per request and shared by
/// every object of that selection (each item of a list): the response keys every
/// <see cref="ObjectResult"/> of it uses, and per key the field to run. Unknown fields (which validation
/// reports) have no key: the response leaves them out.
/// </summary>
internal sealed class SelectionPlan(string[] keys, PlannedField[] fields)
{
    public string[] Keys { get; } = keys;

    /// <summary>The fields in response order; field <c>i</c> fills slot <c>i</c> of the object.</summary>
    public PlannedField[] Fields { get; } = fields;

    /// <summary>Plans the fields collected for <paramref name="objectType"/>.</summary>
    public static SelectionPlan Create(OperationContext context, ObjectType objectType, CollectedFields collected)
    {
        var fields = new List<PlannedField>(collected.KeyCount);
        for (var key = 0; key < collected.KeyCount; key++)
        {
            var nodes = collected.NodesOf(key);
            var fieldName = nodes[0].Name.Value;
            if (fieldName == MetaFields.TypeName)
            {
                fields.Add(PlannedField.TypeName(fields.Count, collected.KeyAt(key), nodes));
                continue;
            }

            var definition = Introspection.GetFieldDefinition(context.Schema, objectType, fieldName);
            if (definition is not null)
            {
                fields.Add(new PlannedField(fields.Count, collected.KeyAt(key), nodes, definition, context.Options.DefaultResolver));
            }
        }

        var keys = new string[fields.Count];
        for (var i = 0; i < keys.Length; i++)
        {
            keys[i] = fields[i].Key;
        }

        return new SelectionPlan(keys, [.. fields]);
    }
}
