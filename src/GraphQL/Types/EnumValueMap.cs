namespace MentorGraph.GraphQL.Types;

/// <summary>
/// The values of an enum bound with <see cref="SchemaBuilder.BindEnum{TValue}(string, IReadOnlyDictionary{string, TValue}, string?)"/>:
/// value name → the C# value resolvers see. Binding checks both directions, so the SDL (the contract)
/// and the map's source (e.g. a taxonomy defined once in code) must list the same names.
/// </summary>
internal sealed class EnumValueMap(IReadOnlyDictionary<string, object> values, Type valueType, string? valuesName)
{
    /// <summary>How messages name the map: the caller's name for it, or the type of its values.</summary>
    public string Describe() => valuesName ?? $"a map of {valueType.Name} values";

    public void BindTo(EnumType enumType, List<SchemaError> errors)
    {
        foreach (var value in enumType.Values.Where(v => !values.ContainsKey(v.Name)))
        {
            errors.Add(new SchemaError(
                $"Enum value \"{enumType.Name}.{value.Name}\" has no entry in {Describe()}: the SDL and {Describe()} must list the same values.",
                value.AstNode?.Name));
        }

        foreach (var name in values.Keys.Where(n => enumType.GetValue(n) is null))
        {
            errors.Add(new SchemaError(
                $"Enum \"{enumType.Name}\" does not define \"{name}\", which {Describe()} has: the SDL and {Describe()} must list the same values.",
                enumType.AstNode?.Name));
        }

        foreach (var group in values.GroupBy(pair => pair.Value).Where(g => g.Count() > 1))
        {
            errors.Add(new SchemaError(
                $"Enum \"{enumType.Name}\" could not tell {string.Join(" and ", group.Select(p => p.Key))} apart in results: {Describe()} gives them the same value.",
                enumType.AstNode?.Name));
        }

        // Like BindEnum<TEnum>, the values that have an entry are bound even when others failed, so that
        // typed bindings of this enum check against the map's values and do not report the mismatch again.
        foreach (var value in enumType.Values.Where(v => values.ContainsKey(v.Name)))
        {
            value.Value = values[value.Name];
        }
    }
}
