using MentorGraph.GraphQL.Execution;
using MentorGraph.GraphQL.Language.Ast;
using MentorGraph.GraphQL.Types;

namespace MentorGraph.GraphQL.Conventions;

/// <summary>The build-time side of <see cref="PayloadConventions"/>: shape checks and the resolvers it binds.</summary>
internal static class PayloadBinding
{
    /// <summary>An error type must implement <c>interface Error { message: String! code: String! }</c>.</summary>
    public static void CheckErrorType(Schema schema, string typeName, Type clrType, List<SchemaError> errors)
    {
        if (schema.GetType(typeName) is not ObjectType objectType)
        {
            return; // BindType reports a missing type or one of another kind.
        }

        if (ErrorInterface(schema, errors) is { } errorInterface)
        {
            RequireImplements(objectType, clrType, errorInterface, errors);
        }
    }

    /// <summary>Reports once (BindError and every payload whose union holds the type check it) that an error type does not implement Error.</summary>
    private static void RequireImplements(ObjectType errorType, Type clrType, InterfaceType errorInterface, List<SchemaError> errors)
    {
        var message = $"Error type \"{errorType.Name}\" (bound to {clrType.Name}) must implement interface \"{errorInterface.Name}\", as every error of a payload does.";
        if (!errorType.Interfaces.Contains(errorInterface) && !errors.Any(e => e.Message == message))
        {
            errors.Add(new SchemaError(message, errorType.AstNode?.Name));
        }
    }

    public static void Bind(Schema schema, IReadOnlyDictionary<string, Type> typeBindings, string typeName, IReadOnlyList<Type> declaredErrors, List<SchemaError> errors)
    {
        var what = $"Payload \"{typeName}\"";
        switch (schema.GetType(typeName))
        {
            case null:
                errors.Add(new SchemaError($"{what} is bound with BindPayload, but the schema has no type \"{typeName}\"."));
                return;
            case not ObjectType:
                errors.Add(new SchemaError($"{what} is bound with BindPayload, but \"{typeName}\" is not an object type.", schema.GetType(typeName)!.AstNode?.Name));
                return;
        }

        var payloadType = (ObjectType)schema.GetType(typeName)!;
        var before = errors.Count;
        var errorInterface = ErrorInterface(schema, errors);
        var errorsField = payloadType.GetField(PayloadConventions.ErrorsFieldName);
        var errorUnion = errorsField is null ? null : ErrorListItemType(errorsField.Type);
        if (errorsField is null || errorUnion is null)
        {
            errors.Add(new SchemaError(
                $"{what} must have a field \"{PayloadConventions.ErrorsFieldName}: [{Trimmed(typeName)}Error!]!\", a non-null list of a union or interface of error types"
                + (errorsField is null ? "; it has none." : $"; it is {errorsField.Type}."),
                errorsField?.AstNode?.Type ?? (Node?)payloadType.AstNode?.Name));
            return;
        }

        if (errorsField.Resolver is not null)
        {
            errors.Add(new SchemaError($"\"{typeName}.{errorsField.Name}\" is bound by BindPayload, and also has a resolver of its own.", errorsField.AstNode?.Name));
        }

        var allowed = new List<Type>();
        foreach (var errorType in schema.GetPossibleTypes(errorUnion))
        {
            if (!typeBindings.TryGetValue(errorType.Name, out var clrType) || !typeof(PayloadError).IsAssignableFrom(clrType))
            {
                errors.Add(new SchemaError(
                    $"Error type \"{errorType.Name}\" of \"{errorUnion.Name}\" ({typeName}.{errorsField.Name}) is not bound to a PayloadError record: bind it with BindError<T>(\"{errorType.Name}\").",
                    errorType.AstNode?.Name));
                continue;
            }

            if (errorInterface is not null)
            {
                RequireImplements(errorType, clrType, errorInterface, errors);
            }

            allowed.Add(clrType);
        }

        foreach (var declared in declaredErrors)
        {
            if (!typeof(PayloadError).IsAssignableFrom(declared))
            {
                errors.Add(new SchemaError($"{what} is bound with the error type {declared.Name}, which is not a PayloadError."));
                continue;
            }

            var boundName = typeBindings.FirstOrDefault(b => b.Value == declared).Key;
            if (boundName is null)
            {
                errors.Add(new SchemaError($"{what} may return {declared.Name}, which is bound to no error type: bind it with BindError<{declared.Name}>(\"...\")."));
            }
            else if (!schema.GetPossibleTypes(errorUnion).Any(t => t.Name == boundName))
            {
                errors.Add(new SchemaError(
                    $"{what} may return {declared.Name} (error type \"{boundName}\"), but \"{errorUnion.Name}\", the type of its errors, does not include \"{boundName}\".",
                    errorUnion.AstNode?.Name));
            }
        }

        var valueFields = payloadType.Fields.Where(f => f != errorsField && f.Resolver is null).ToList();
        if (valueFields.Count != 1)
        {
            errors.Add(new SchemaError(
                $"{what} must have exactly one field besides \"{PayloadConventions.ErrorsFieldName}\" without a resolver of its own, to hold the result; it has {valueFields.Count}"
                + (valueFields.Count == 0 ? "." : $" ({string.Join(", ", valueFields.Select(f => f.Name))})."),
                payloadType.AstNode?.Name));
        }
        else if (valueFields[0].Type is NonNullType)
        {
            errors.Add(new SchemaError(
                $"Field \"{typeName}.{valueFields[0].Name}\" holds the payload's result, which is null when it failed, so it must be nullable; it is {valueFields[0].Type}.",
                valueFields[0].AstNode?.Name));
        }

        if (errors.Count > before)
        {
            return;
        }

        errorsField.Resolver = ErrorsResolver(typeName, errorUnion.Name, allowed);
        valueFields[0].Resolver = context => new ValueTask<object?>(PayloadOf(context).Value);
        CatchPayloadErrors(schema, payloadType);
    }

    /// <summary>The schema's <c>Error</c> interface, or null after reporting that it is missing or has the wrong fields.</summary>
    private static InterfaceType? ErrorInterface(Schema schema, List<SchemaError> errors)
    {
        var required = $"interface {PayloadConventions.ErrorInterfaceName} {{ message: String! code: String! }}";
        var type = schema.GetType(PayloadConventions.ErrorInterfaceName);
        string? problem = type switch
        {
            null => $"The payload convention needs {required}; the schema has no type \"{PayloadConventions.ErrorInterfaceName}\".",
            not InterfaceType => $"The payload convention needs {required}; \"{PayloadConventions.ErrorInterfaceName}\" is not an interface.",
            InterfaceType iface when !HasStringField(iface, "message") || !HasStringField(iface, "code") =>
                $"The payload convention needs {required}; interface \"{iface.Name}\" lacks \"message: String!\" or \"code: String!\".",
            _ => null,
        };
        if (problem is null)
        {
            return (InterfaceType)type!;
        }

        if (!errors.Any(e => e.Message == problem))
        {
            errors.Add(new SchemaError(problem, type?.AstNode?.Name));
        }

        return null;
    }

    private static bool HasStringField(InterfaceType type, string name) =>
        type.GetField(name)?.Type is NonNullType { OfType: ScalarType { Name: "String" } };

    /// <summary>E of <c>[E!]!</c> when E is a union or interface; null for any other shape.</summary>
    private static NamedType? ErrorListItemType(GraphQLType type) =>
        type is NonNullType { OfType: ListType { OfType: NonNullType { OfType: NamedType item and (UnionType or InterfaceType) } } }
            ? item
            : null;

    /// <summary>"ProposePairingPayload" → "ProposePairing", for the suggested union name.</summary>
    private static string Trimmed(string payloadName) =>
        payloadName.EndsWith("Payload", StringComparison.Ordinal) ? payloadName[..^"Payload".Length] : payloadName;

    private static FieldResolver ErrorsResolver(string typeName, string unionName, IReadOnlyList<Type> allowed) => context =>
    {
        var payloadErrors = PayloadOf(context).Errors;
        foreach (var error in payloadErrors)
        {
            if (!allowed.Any(t => t.IsInstanceOfType(error)))
            {
                throw new InvalidOperationException(
                    $"{typeName}.errors got a {error.GetType().Name}, which \"{unionName}\" does not include: add its error type to the union, and the record to BindPayload's error types.");
            }
        }

        return new ValueTask<object?>(payloadErrors);
    };

    private static Payload PayloadOf(IResolveFieldContext context) =>
        context.Source as Payload
        ?? throw new InvalidOperationException(
            $"{context.ParentType.Name} is bound with BindPayload, so the field returning it must give a Payload (Payload.Success or Payload.Failure), not {context.Source?.GetType().Name ?? "null"}.");

    /// <summary>Every field whose type is the payload (non-null or not) turns a thrown <see cref="PayloadErrorException"/> into a failed payload.</summary>
    private static void CatchPayloadErrors(Schema schema, ObjectType payloadType)
    {
        foreach (var type in schema.Types.Values.OfType<ObjectType>())
        {
            foreach (var field in type.Fields)
            {
                var fieldType = field.Type is NonNullType nonNull ? nonNull.OfType : field.Type;
                if (fieldType == payloadType && field.Resolver is { } resolver)
                {
                    field.Resolver = Catching(resolver);
                }
            }
        }
    }

    private static FieldResolver Catching(FieldResolver resolver) => context =>
    {
        ValueTask<object?> result;
        try
        {
            result = resolver(context);
        }
        catch (PayloadErrorException exception)
        {
            return new ValueTask<object?>(Payload.Failure(exception.Errors));
        }

        return result.IsCompletedSuccessfully ? result : AwaitCatching(result);
    };

    private static async ValueTask<object?> AwaitCatching(ValueTask<object?> pending)
    {
        try
        {
            return await pending.ConfigureAwait(false);
        }
        catch (PayloadErrorException exception)
        {
            return Payload.Failure(exception.Errors);
        }
    }
}
