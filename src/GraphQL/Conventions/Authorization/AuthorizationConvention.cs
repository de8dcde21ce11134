using System.Security.Claims;
using MentorGraph.GraphQL.Execution;
using MentorGraph.GraphQL.Language.Ast;
using MentorGraph.GraphQL.Types;

namespace MentorGraph.GraphQL.Conventions.Authorization;

/// <summary>
/// Authorization declared on the schema, checked before a field's resolver runs:
/// <code>
/// directive @authorize(roles: [Role!]) on OBJECT | FIELD_DEFINITION
/// directive @allowAnonymous on FIELD_DEFINITION
/// type Query {
///   topics: [Topic!]! @allowAnonymous
///   people: PeopleConnection                       # any signed-in user
///   knowledgeFlow: [FlowGroup!]! @authorize(roles: [EXECUTIVE, ANALYST, ADMIN])
/// }
/// </code>
/// <list type="bullet">
/// <item>A root field (query, mutation, subscription) needs a signed-in user unless it carries <c>@allowAnonymous</c>:
/// what is not declared open is closed.</item>
/// <item><c>@authorize</c> on a field, or on the object type that declares it, needs a signed-in user, and with
/// <c>roles</c> one of them; when both the field and its type carry it, both must pass.</item>
/// <item>A refused field resolves to null with a field error: <c>UNAUTHENTICATED</c> when no user is signed in,
/// <c>FORBIDDEN</c> when the user lacks the role; the rest of the response stands.</item>
/// <item>Introspection and <c>__typename</c> are never refused.</item>
/// </list>
/// Rows a user may see are the host's concern (its data access applies them); this guards fields.
/// </summary>
public static class AuthorizationConvention
{
    public const string UnauthenticatedCode = "UNAUTHENTICATED";
    public const string ForbiddenCode = "FORBIDDEN";

    /// <summary>Applies the schema's authorization directives to every field (after all resolvers are bound).</summary>
    public static SchemaBuilder UseAuthorization(this SchemaBuilder builder, AuthorizationOptions options)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(options);
        return builder.AddFinalStep((schema, errors) => Apply(schema, options, errors));
    }

    private static void Apply(Schema schema, AuthorizationOptions options, List<SchemaError> errors)
    {
        if (schema.GetDirective(options.AuthorizeDirective) is null)
        {
            errors.Add(new SchemaError($"Authorization is used, but the schema declares no directive @{options.AuthorizeDirective}(roles: [...]) on OBJECT | FIELD_DEFINITION."));
            return;
        }

        var roots = new HashSet<ObjectType?>([schema.QueryType, schema.MutationType, schema.SubscriptionType]);
        foreach (var type in schema.Types.Values.OfType<ObjectType>().Where(t => !Introspection.IsIntrospectionType(t)))
        {
            var typeRoles = RoleSets(TypeDirectives(type), options);
            foreach (var field in type.Fields)
            {
                var fieldDirectives = field.AstNode?.Directives ?? [];
                var allowsAnonymous = fieldDirectives.Any(d => d.Name.Value == options.AllowAnonymousDirective);
                if (allowsAnonymous && !roots.Contains(type))
                {
                    errors.Add(new SchemaError(
                        $"@{options.AllowAnonymousDirective} on \"{type.Name}.{field.Name}\" has no effect: only root fields are closed to anonymous requests.",
                        field.AstNode?.Name));
                }

                var roleSets = typeRoles.Concat(RoleSets(fieldDirectives, options)).ToList();
                var requiresUser = (roots.Contains(type) && !allowsAnonymous) || roleSets.Count > 0
                    || HasDirective(fieldDirectives, options.AuthorizeDirective) || HasDirective(TypeDirectives(type), options.AuthorizeDirective);
                if (allowsAnonymous && requiresUser)
                {
                    errors.Add(new SchemaError(
                        $"\"{type.Name}.{field.Name}\" carries both @{options.AllowAnonymousDirective} and @{options.AuthorizeDirective}.", field.AstNode?.Name));
                    continue;
                }

                if (requiresUser && field.Resolver is { } resolver)
                {
                    field.Resolver = Guard(new AuthorizationRule($"{type.Name}.{field.Name}", requiresUser, roleSets.Where(r => r.Count > 0).ToList()), options, resolver);
                }
            }
        }
    }

    private static FieldResolver Guard(AuthorizationRule rule, AuthorizationOptions options, FieldResolver resolver) => context =>
    {
        var user = options.User(context);
        if (user?.Identity?.IsAuthenticated != true)
        {
            throw new GraphQLException($"Sign in to read {rule.Coordinate}.", UnauthenticatedCode);
        }

        foreach (var roles in rule.RoleSets)
        {
            if (!HoldsAny(user, roles))
            {
                throw new GraphQLException($"{rule.Coordinate} needs one of the roles {string.Join(", ", roles)}.", ForbiddenCode);
            }
        }

        return resolver(context);
    };

    private static bool HoldsAny(ClaimsPrincipal user, IReadOnlyList<string> roles)
    {
        foreach (var role in roles)
        {
            if (user.IsInRole(role))
            {
                return true;
            }
        }

        return false;
    }

    private static IEnumerable<DirectiveNode> TypeDirectives(ObjectType type) =>
        (type.AstNode?.Directives ?? []).Concat(type.ExtensionAstNodes.SelectMany(e => e.Directives));

    private static bool HasDirective(IEnumerable<DirectiveNode> directives, string name) => directives.Any(d => d.Name.Value == name);

    /// <summary>The roles of each <c>@authorize(roles: …)</c> among <paramref name="directives"/> (an empty set for one without roles).</summary>
    private static List<IReadOnlyList<string>> RoleSets(IEnumerable<DirectiveNode> directives, AuthorizationOptions options)
    {
        var sets = new List<IReadOnlyList<string>>();
        foreach (var directive in directives.Where(d => d.Name.Value == options.AuthorizeDirective))
        {
            var roles = directive.Arguments.FirstOrDefault(a => a.Name.Value == options.RolesArgument)?.Value switch
            {
                ListValueNode list => list.Values.Select(RoleName).OfType<string>().ToList(),
                var single when RoleName(single) is { } name => [name],
                _ => [],
            };
            sets.Add(roles);
        }

        return sets;
    }

    private static string? RoleName(ValueNode? value) => value switch
    {
        EnumValueNode e => e.Value,
        StringValueNode s => s.Value,
        _ => null,
    };
}
