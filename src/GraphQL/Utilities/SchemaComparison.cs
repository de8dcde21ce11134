using MentorGraph.GraphQL.Language;
using MentorGraph.GraphQL.Language.Ast;
using MentorGraph.GraphQL.Types;
using static MentorGraph.GraphQL.Utilities.SchemaChangeKind;
using static MentorGraph.GraphQL.Utilities.SchemaChangeSeverity;

namespace MentorGraph.GraphQL.Utilities;

/// <summary>
/// Lists the differences between an old and a new schema, each judged by what it means for operations written
/// against the old one (a CI check: <c>mentorgraph schema --check OLD.graphql</c>). The judgement follows the
/// spec's validation and coercion rules:
/// <list type="bullet">
/// <item>Output positions (field types) may only get narrower: a field may become non-null, a list's item too, since
/// every value the new schema returns was a valid old value. Anything else — another named type, a list turned
/// into a single value or back, non-null dropped — is breaking.</item>
/// <item>Input positions (arguments, input fields) may only get wider: non-null may be dropped, since every value an
/// old client sends is still accepted. Making one non-null, or any other change of its type, is breaking.</item>
/// <item>Removing anything a document can name (a type, field, argument, enum value, input field, directive or a
/// directive location), a union member or an implemented interface (fragments on it stop being possible), and adding
/// a required argument or input field (non-null without default), is breaking.</item>
/// <item>Adding an enum value, a union member or an interface to a type is dangerous: old operations stay valid, but
/// a client may meet a value or a <c>__typename</c> it has no branch for. So is a changed default value.</item>
/// <item>Additions, deprecations and the narrowing/widening above are safe.</item>
/// </list>
/// Introspection types (<c>__</c>) are not compared; a type whose kind changed is reported once, not field by field.
/// </summary>
public static class SchemaComparison
{
    /// <summary>The changes from <paramref name="oldSchema"/> to <paramref name="newSchema"/>: breaking first, then dangerous, then safe, each by path.</summary>
    public static IReadOnlyList<SchemaChange> Compare(Schema oldSchema, Schema newSchema)
    {
        ArgumentNullException.ThrowIfNull(oldSchema);
        ArgumentNullException.ThrowIfNull(newSchema);
        var changes = new List<SchemaChange>();
        CompareRootTypes(oldSchema, newSchema, changes);
        foreach (var oldType in oldSchema.Types.Values.Where(IsCompared))
        {
            var newType = newSchema.GetType(oldType.Name);
            if (newType is null)
            {
                changes.Add(new(TypeRemoved, Breaking, oldType.Name, $"Type {oldType.Name} was removed."));
            }
            else if (newType.Kind != oldType.Kind)
            {
                changes.Add(new(TypeKindChanged, Breaking, oldType.Name,
                    $"{oldType.Name} changed from {KindName(oldType.Kind)} to {KindName(newType.Kind)}."));
            }
            else
            {
                CompareType(oldType, newType, changes);
            }
        }

        foreach (var newType in newSchema.Types.Values.Where(t => IsCompared(t) && oldSchema.GetType(t.Name) is null))
        {
            changes.Add(new(TypeAdded, Safe, newType.Name, $"Type {newType.Name} was added."));
        }

        CompareDirectives(oldSchema, newSchema, changes);
        return [.. changes.OrderBy(c => c.Severity).ThenBy(c => c.Path, StringComparer.Ordinal).ThenBy(c => c.Kind)];
    }

    private static bool IsCompared(NamedType type) => !type.Name.StartsWith("__", StringComparison.Ordinal);

    private static void CompareRootTypes(Schema oldSchema, Schema newSchema, List<SchemaChange> changes)
    {
        foreach (var operation in new[] { OperationType.Query, OperationType.Mutation, OperationType.Subscription })
        {
            var oldRoot = oldSchema.GetRootType(operation)?.Name;
            var newRoot = newSchema.GetRootType(operation)?.Name;
            if (oldRoot is not null && oldRoot != newRoot)
            {
                var keyword = Printer.OperationKeyword(operation);
                changes.Add(new(RootTypeChanged, Breaking, keyword,
                    newRoot is null ? $"The schema no longer has a {keyword} type." : $"The {keyword} type changed from {oldRoot} to {newRoot}."));
            }
        }
    }

    private static void CompareType(NamedType oldType, NamedType newType, List<SchemaChange> changes)
    {
        switch (oldType, newType)
        {
            case (FieldsType oldFields, FieldsType newFields):
                CompareFields(oldFields, newFields, changes);
                CompareInterfaces(oldFields, newFields, changes);
                break;
            case (UnionType oldUnion, UnionType newUnion):
                CompareNames(oldUnion.Types.Select(t => t.Name), newUnion.Types.Select(t => t.Name), oldUnion.Name,
                    name => new(UnionMemberRemoved, Breaking, oldUnion.Name, $"{name} was removed from union {oldUnion.Name}."),
                    name => new(UnionMemberAdded, Dangerous, oldUnion.Name, $"{name} was added to union {oldUnion.Name}."),
                    changes);
                break;
            case (EnumType oldEnum, EnumType newEnum):
                CompareEnumValues(oldEnum, newEnum, changes);
                break;
            case (InputObjectType oldInput, InputObjectType newInput):
                CompareInputFields(oldInput, newInput, changes);
                break;
        }
    }

    private static void CompareFields(FieldsType oldType, FieldsType newType, List<SchemaChange> changes)
    {
        foreach (var oldField in oldType.Fields)
        {
            var path = $"{oldType.Name}.{oldField.Name}";
            var newField = newType.GetField(oldField.Name);
            if (newField is null)
            {
                changes.Add(new(FieldRemoved, Breaking, path, $"Field {path} was removed."));
                continue;
            }

            var typeChange = CompareOutputType(oldField.Type, newField.Type);
            if (typeChange is not null)
            {
                changes.Add(typeChange.Value
                    ? new(FieldTypeChangedSafe, Safe, path, $"Field {path} changed type from {oldField.Type} to {newField.Type}.")
                    : new(FieldTypeChangedBreaking, Breaking, path, $"Field {path} changed type from {oldField.Type} to {newField.Type}."));
            }

            if (!oldField.IsDeprecated && newField.IsDeprecated)
            {
                changes.Add(new(FieldDeprecated, Safe, path, $"Field {path} was deprecated: {newField.DeprecationReason}"));
            }

            CompareArguments(path, oldField.Arguments, newField.Arguments, changes);
        }

        foreach (var newField in newType.Fields.Where(f => oldType.GetField(f.Name) is null))
        {
            var path = $"{newType.Name}.{newField.Name}";
            changes.Add(new(FieldAdded, Safe, path, $"Field {path} was added."));
        }
    }

    private static void CompareArguments(string owner, IReadOnlyList<InputValueDefinition> oldArguments, IReadOnlyList<InputValueDefinition> newArguments, List<SchemaChange> changes)
    {
        foreach (var oldArgument in oldArguments)
        {
            var path = $"{owner}({oldArgument.Name}:)";
            var newArgument = newArguments.FirstOrDefault(a => a.Name == oldArgument.Name);
            if (newArgument is null)
            {
                changes.Add(new(ArgumentRemoved, Breaking, path, $"Argument {oldArgument.Name} of {owner} was removed."));
                continue;
            }

            if (CompareInputType(oldArgument.Type, newArgument.Type) is { } safe)
            {
                var description = $"Argument {oldArgument.Name} of {owner} changed type from {oldArgument.Type} to {newArgument.Type}.";
                changes.Add(safe ? new(ArgumentTypeChangedSafe, Safe, path, description) : new(ArgumentTypeChangedBreaking, Breaking, path, description));
            }

            if (DefaultChanged(oldArgument, newArgument))
            {
                changes.Add(new(ArgumentDefaultChanged, Dangerous, path,
                    $"Argument {oldArgument.Name} of {owner} changed its default from {PrintDefault(oldArgument)} to {PrintDefault(newArgument)}."));
            }
        }

        foreach (var newArgument in newArguments.Where(a => oldArguments.All(o => o.Name != a.Name)))
        {
            var path = $"{owner}({newArgument.Name}:)";
            changes.Add(IsRequired(newArgument)
                ? new(RequiredArgumentAdded, Breaking, path, $"Required argument {newArgument.Name}: {newArgument.Type} was added to {owner}.")
                : new(OptionalArgumentAdded, Safe, path, $"Optional argument {newArgument.Name}: {newArgument.Type} was added to {owner}."));
        }
    }

    private static void CompareInterfaces(FieldsType oldType, FieldsType newType, List<SchemaChange> changes) =>
        CompareNames(oldType.Interfaces.Select(i => i.Name), newType.Interfaces.Select(i => i.Name), oldType.Name,
            name => new(InterfaceRemoved, Breaking, oldType.Name, $"{oldType.Name} no longer implements {name}."),
            name => new(InterfaceAdded, Dangerous, oldType.Name, $"{oldType.Name} now implements {name}."),
            changes);

    private static void CompareEnumValues(EnumType oldEnum, EnumType newEnum, List<SchemaChange> changes)
    {
        foreach (var oldValue in oldEnum.Values)
        {
            var path = $"{oldEnum.Name}.{oldValue.Name}";
            var newValue = newEnum.GetValue(oldValue.Name);
            if (newValue is null)
            {
                changes.Add(new(EnumValueRemoved, Breaking, path, $"Enum value {path} was removed."));
            }
            else if (!oldValue.IsDeprecated && newValue.IsDeprecated)
            {
                changes.Add(new(EnumValueDeprecated, Safe, path, $"Enum value {path} was deprecated: {newValue.DeprecationReason}"));
            }
        }

        foreach (var newValue in newEnum.Values.Where(v => oldEnum.GetValue(v.Name) is null))
        {
            var path = $"{newEnum.Name}.{newValue.Name}";
            changes.Add(new(EnumValueAdded, Dangerous, path, $"Enum value {path} was added."));
        }
    }

    private static void CompareInputFields(InputObjectType oldInput, InputObjectType newInput, List<SchemaChange> changes)
    {
        foreach (var oldField in oldInput.Fields)
        {
            var path = $"{oldInput.Name}.{oldField.Name}";
            var newField = newInput.GetField(oldField.Name);
            if (newField is null)
            {
                changes.Add(new(InputFieldRemoved, Breaking, path, $"Input field {path} was removed."));
                continue;
            }

            if (CompareInputType(oldField.Type, newField.Type) is { } safe)
            {
                var description = $"Input field {path} changed type from {oldField.Type} to {newField.Type}.";
                changes.Add(safe ? new(InputFieldTypeChangedSafe, Safe, path, description) : new(InputFieldTypeChangedBreaking, Breaking, path, description));
            }

            if (DefaultChanged(oldField, newField))
            {
                changes.Add(new(InputFieldDefaultChanged, Dangerous, path,
                    $"Input field {path} changed its default from {PrintDefault(oldField)} to {PrintDefault(newField)}."));
            }
        }

        foreach (var newField in newInput.Fields.Where(f => oldInput.GetField(f.Name) is null))
        {
            var path = $"{newInput.Name}.{newField.Name}";
            changes.Add(IsRequired(newField)
                ? new(RequiredInputFieldAdded, Breaking, path, $"Required input field {path}: {newField.Type} was added.")
                : new(OptionalInputFieldAdded, Safe, path, $"Optional input field {path}: {newField.Type} was added."));
        }
    }

    private static void CompareDirectives(Schema oldSchema, Schema newSchema, List<SchemaChange> changes)
    {
        foreach (var oldDirective in oldSchema.Directives)
        {
            var path = "@" + oldDirective.Name;
            var newDirective = newSchema.GetDirective(oldDirective.Name);
            if (newDirective is null)
            {
                changes.Add(new(DirectiveRemoved, Breaking, path, $"Directive {path} was removed."));
                continue;
            }

            CompareArguments(path, oldDirective.Arguments, newDirective.Arguments, changes);
            foreach (var location in oldDirective.Locations.Except(newDirective.Locations))
            {
                changes.Add(new(DirectiveLocationRemoved, Breaking, path, $"Directive {path} can no longer be used on {location}."));
            }

            if (oldDirective.IsRepeatable && !newDirective.IsRepeatable)
            {
                changes.Add(new(DirectiveRepeatableRemoved, Breaking, path, $"Directive {path} is no longer repeatable."));
            }
        }

        foreach (var newDirective in newSchema.Directives.Where(d => oldSchema.GetDirective(d.Name) is null))
        {
            changes.Add(new(DirectiveAdded, Safe, "@" + newDirective.Name, $"Directive @{newDirective.Name} was added."));
        }
    }

    private static void CompareNames(
        IEnumerable<string> oldNames, IEnumerable<string> newNames, string owner,
        Func<string, SchemaChange> removed, Func<string, SchemaChange> added, List<SchemaChange> changes)
    {
        var oldSet = oldNames.ToHashSet(StringComparer.Ordinal);
        var newSet = newNames.ToHashSet(StringComparer.Ordinal);
        changes.AddRange(oldSet.Where(n => !newSet.Contains(n)).Order(StringComparer.Ordinal).Select(removed));
        changes.AddRange(newSet.Where(n => !oldSet.Contains(n)).Order(StringComparer.Ordinal).Select(added));
    }

    /// <summary>
    /// Null when the output type is the same; true when it only got narrower (every new value is a valid old one:
    /// non-null added at any level), false otherwise.
    /// </summary>
    private static bool? CompareOutputType(GraphQLType oldType, GraphQLType newType) =>
        SameType(oldType, newType) ? null : IsNarrowerOutput(oldType, newType);

    private static bool IsNarrowerOutput(GraphQLType oldType, GraphQLType newType) => (oldType, newType) switch
    {
        (NonNullType o, NonNullType n) => IsNarrowerOutput(o.OfType, n.OfType),
        (NonNullType, _) => false,
        (_, NonNullType n) => IsNarrowerOutput(oldType, n.OfType),
        (ListType o, ListType n) => IsNarrowerOutput(o.OfType, n.OfType),
        (NamedType o, NamedType n) => o.Name == n.Name,
        _ => false,
    };

    /// <summary>
    /// Null when the input type is the same; true when it only got wider (every old value is still accepted:
    /// non-null dropped at any level), false otherwise.
    /// </summary>
    private static bool? CompareInputType(GraphQLType oldType, GraphQLType newType) =>
        SameType(oldType, newType) ? null : IsWiderInput(oldType, newType);

    private static bool IsWiderInput(GraphQLType oldType, GraphQLType newType) => (oldType, newType) switch
    {
        (NonNullType o, NonNullType n) => IsWiderInput(o.OfType, n.OfType),
        (NonNullType o, _) => IsWiderInput(o.OfType, newType),
        (_, NonNullType) => false,
        (ListType o, ListType n) => IsWiderInput(o.OfType, n.OfType),
        (NamedType o, NamedType n) => o.Name == n.Name,
        _ => false,
    };

    private static bool SameType(GraphQLType oldType, GraphQLType newType) => oldType.ToString() == newType.ToString();

    /// <summary>An argument or input field a client must give: non-null and without a default.</summary>
    private static bool IsRequired(InputValueDefinition value) => value.Type is NonNullType && !value.HasDefaultValue;

    private static bool DefaultChanged(InputValueDefinition oldValue, InputValueDefinition newValue) =>
        oldValue.HasDefaultValue && PrintDefault(oldValue) != PrintDefault(newValue);

    private static string PrintDefault(InputValueDefinition value) => value.DefaultValue is null ? "none" : Printer.Print(value.DefaultValue);

    private static string KindName(TypeKind kind) => kind switch
    {
        TypeKind.InputObject => "an input object",
        TypeKind.Interface => "an interface",
        TypeKind.Object => "an object type",
        TypeKind.Enum => "an enum",
        TypeKind.Union => "a union",
        TypeKind.Scalar => "a scalar",
        _ => kind.ToString(),
    };
}
