namespace MentorGraph.GraphQL.Utilities;

/// <summary>How a schema change affects clients written against the old schema.</summary>
public enum SchemaChangeSeverity
{
    /// <summary>An operation that was valid may now be invalid, or may now get a response it cannot read.</summary>
    Breaking,

    /// <summary>Every valid operation stays valid, but a client may meet values it did not expect (a new enum value, union member).</summary>
    Dangerous,

    /// <summary>Nothing a client relied on changed (additions, relaxations).</summary>
    Safe,
}

/// <summary>What changed, one kind per rule of <see cref="SchemaComparison"/>.</summary>
public enum SchemaChangeKind
{
    TypeRemoved,
    TypeKindChanged,
    TypeAdded,
    FieldRemoved,
    FieldAdded,
    FieldTypeChangedBreaking,
    FieldTypeChangedSafe,
    FieldDeprecated,
    ArgumentRemoved,
    RequiredArgumentAdded,
    OptionalArgumentAdded,
    ArgumentTypeChangedBreaking,
    ArgumentTypeChangedSafe,
    ArgumentDefaultChanged,
    InterfaceRemoved,
    InterfaceAdded,
    UnionMemberRemoved,
    UnionMemberAdded,
    EnumValueRemoved,
    EnumValueAdded,
    EnumValueDeprecated,
    InputFieldRemoved,
    RequiredInputFieldAdded,
    OptionalInputFieldAdded,
    InputFieldTypeChangedBreaking,
    InputFieldTypeChangedSafe,
    InputFieldDefaultChanged,
    DirectiveRemoved,
    DirectiveAdded,
    DirectiveLocationRemoved,
    DirectiveRepeatableRemoved,
    RootTypeChanged,
}

/// <summary>One difference between two schemas.</summary>
/// <param name="Kind">What changed.</param>
/// <param name="Severity">What it means for existing clients.</param>
/// <param name="Path">Where: <c>Type</c>, <c>Type.field</c>, <c>Type.field(argument:)</c>, <c>Enum.VALUE</c>, <c>@directive</c>.</param>
/// <param name="Description">One sentence saying what changed.</param>
public sealed record SchemaChange(SchemaChangeKind Kind, SchemaChangeSeverity Severity, string Path, string Description);
