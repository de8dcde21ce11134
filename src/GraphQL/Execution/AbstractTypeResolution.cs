using System.Text.Json;
using MentorGraph.GraphQL.Types;

namespace MentorGraph.GraphQL.Execution;

/// <summary>
/// Finds the object type of a value of an interface or union (spec 6.4.3 ResolveAbstractType): the type's own
/// resolver, else the value's <c>__typename</c> member, else a possible type's IsTypeOf, else the CLR type
/// (by the <see cref="ExecutionOptions.ClrTypeNames"/> map or a possible type named like the CLR type).
/// </summary>
public static class AbstractTypeResolution
{
    public static string? ResolveTypeName(
        Schema schema,
        NamedType abstractType,
        object value,
        IReadOnlyDictionary<Type, string>? clrTypeNames = null)
    {
        var resolver = abstractType switch
        {
            InterfaceType iface => iface.ResolveType,
            UnionType union => union.ResolveType,
            _ => null,
        };
        if (resolver?.Invoke(value) is { } resolved)
        {
            return resolved;
        }

        if (DefaultFieldResolver.GetMember(value, MetaFields.TypeName) is string typeName)
        {
            return typeName;
        }

        var possibleTypes = schema.GetPossibleTypes(abstractType);
        foreach (var possible in possibleTypes)
        {
            if (possible.IsTypeOf is { } isTypeOf && isTypeOf(value))
            {
                return possible.Name;
            }
        }

        if (value is JsonElement)
        {
            return null;
        }

        var clrType = value.GetType();
        if (clrTypeNames is not null && clrTypeNames.TryGetValue(clrType, out var mapped))
        {
            return mapped;
        }

        return possibleTypes.FirstOrDefault(t => t.Name == clrType.Name)?.Name;
    }
}
