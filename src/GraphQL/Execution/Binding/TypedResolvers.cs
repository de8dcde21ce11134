using MentorGraph.GraphQL.Types;

namespace MentorGraph.GraphQL.Execution.Binding;

/// <summary>
/// Resolvers that take their arguments as C# values instead of reading <see cref="IResolveFieldContext.Arguments"/>:
/// <c>Resolve&lt;T&gt;</c> binds a field's only argument (a mutation's <c>input</c>), <c>ResolveArguments&lt;T&gt;</c>
/// binds all of a field's arguments to the members of one object. The binding is checked when the schema is
/// built — a member without a field, a field without a member, a C# type that cannot hold the GraphQL type
/// are <see cref="SchemaBuildException"/> problems naming both — and compiled once; see
/// <see cref="InputBinderCompiler"/> for the rules and <see cref="Optional{T}"/> for absent vs null.
/// At run time a value that is valid GraphQL but does not fit its member (an Int over a <c>byte</c>'s range, a
/// String that is no UUID for a <c>Guid</c>) is a BAD_USER_INPUT field error with the path inside the
/// argument, and the resolver is not called.
/// </summary>
/// <remarks>
/// The engine sees the nullable annotations of members, not of <typeparamref name="TInput"/> itself: when the
/// one argument is nullable, take a nullable type (<c>Resolve&lt;Filter?&gt;</c>); a struct that cannot hold
/// null is a build error.
/// </remarks>
/// <example>
/// <code>
/// public sealed record CreateTagInput(string Name, string? Colour, IReadOnlyList&lt;Guid&gt; ItemIds);
///
/// builder.Resolve&lt;CreateTagInput&gt;("Mutation.createTag", async (input, context) =>
///     Payload.Success(await tags.CreateAsync(input, context.CancellationToken)));
/// </code>
/// </example>
public static class TypedResolvers
{
    /// <summary>Binds the resolver of a field with exactly one argument, which it receives as a <typeparamref name="TInput"/>.</summary>
    public static SchemaBuilder Resolve<TInput>(this SchemaBuilder builder, string coordinate, Func<TInput, IResolveFieldContext, object?> resolver)
    {
        ArgumentNullException.ThrowIfNull(resolver);
        return ResolveOne<TInput>(builder, coordinate, (input, context) => new ValueTask<object?>(resolver(input, context)));
    }

    /// <summary>Binds the asynchronous resolver of a field with exactly one argument, which it receives as a <typeparamref name="TInput"/>.</summary>
    public static SchemaBuilder Resolve<TInput>(this SchemaBuilder builder, string coordinate, Func<TInput, IResolveFieldContext, ValueTask<object?>> resolver) =>
        ResolveOne(builder, coordinate, resolver);

    /// <summary>Binds the resolver of a field whose arguments it receives as the members of one <typeparamref name="TArguments"/>.</summary>
    public static SchemaBuilder ResolveArguments<TArguments>(this SchemaBuilder builder, string coordinate, Func<TArguments, IResolveFieldContext, object?> resolver)
    {
        ArgumentNullException.ThrowIfNull(resolver);
        return ResolveAll<TArguments>(builder, coordinate, (arguments, context) => new ValueTask<object?>(resolver(arguments, context)));
    }

    /// <summary>Binds the asynchronous resolver of a field whose arguments it receives as the members of one <typeparamref name="TArguments"/>.</summary>
    public static SchemaBuilder ResolveArguments<TArguments>(this SchemaBuilder builder, string coordinate, Func<TArguments, IResolveFieldContext, ValueTask<object?>> resolver) =>
        ResolveAll(builder, coordinate, resolver);

    private static SchemaBuilder ResolveOne<T>(SchemaBuilder builder, string coordinate, Func<T, IResolveFieldContext, ValueTask<object?>> resolver) =>
        Bind(builder, coordinate, resolver, (field, problems) => ArgumentBinding.ForArgument(coordinate, field, null, typeof(T), problems));

    private static SchemaBuilder ResolveAll<T>(SchemaBuilder builder, string coordinate, Func<T, IResolveFieldContext, ValueTask<object?>> resolver) =>
        Bind(builder, coordinate, resolver, (field, problems) => ArgumentBinding.ForArguments(coordinate, field, typeof(T), problems));

    private static SchemaBuilder Bind<T>(
        SchemaBuilder builder,
        string coordinate,
        Func<T, IResolveFieldContext, ValueTask<object?>> resolver,
        Func<FieldDefinition, List<string>, ArgumentBinding?> compile)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(coordinate);
        ArgumentNullException.ThrowIfNull(resolver);
        return builder.Resolve(coordinate, (_, field, errors) =>
        {
            var problems = new List<string>();
            if (compile(field, problems) is not { } binding)
            {
                errors.AddRange(problems.Select(p => new SchemaError(p, field.AstNode?.Name)));
                return null;
            }

            return context => resolver((T)binding.Bind(context)!, context);
        });
    }
}
