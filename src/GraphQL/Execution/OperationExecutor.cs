using MentorGraph.GraphQL.Execution.Values;
using MentorGraph.GraphQL.Language.Ast;
using MentorGraph.GraphQL.Types;

namespace MentorGraph.GraphQL.Execution;

/// <summary>
/// Executes one operation (spec 6.2–6.4) breadth-first: all resolvers of one level of the response
/// (across every list item) are started together, DataLoader batches are dispatched until that level
/// settles, then the values are completed, which yields the next level's selection sets. Query and
/// subscription root fields run side by side; mutation root fields run one after another, each with
/// its whole sub-tree, in document order. Response keys keep the order in which they were collected.
/// </summary>
internal sealed class OperationExecutor(OperationContext context)
{
    private readonly ObjectResult _root = new(null, string.Empty, null);

    public async Task<ExecutionResult> ExecuteAsync(ObjectType rootType)
    {
        IReadOnlyList<KeyValuePair<string, List<FieldNode>>> fields;
        try
        {
            fields = [.. context.Fields.CollectFields(rootType, context.Operation.SelectionSet)];
        }
        catch (GraphQLException exception)
        {
            return new ExecutionResult { HasData = true, Data = null, Errors = [exception.Error] };
        }

        using var cancellation = new CancellationSignal(context.CancellationToken);
        if (context.Operation.Operation == OperationType.Mutation)
        {
            foreach (var field in fields)
            {
                if (_root.IsNulled)
                {
                    break;
                }

                await RunAsync([new SelectionWork(rootType, context.RootValue, _root, [field], null)], cancellation).ConfigureAwait(false);
            }
        }
        else
        {
            await RunAsync([new SelectionWork(rootType, context.RootValue, _root, fields, null)], cancellation).ConfigureAwait(false);
        }

        return new ExecutionResult
        {
            HasData = true,
            Data = _root.IsNulled ? null : _root.Values,
            Errors = context.Errors,
        };
    }

    private async Task RunAsync(List<SelectionWork> level, CancellationSignal cancellation)
    {
        while (level.Count > 0)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            var runs = new List<FieldRun>();
            foreach (var work in level)
            {
                if (work.Target.IsDead)
                {
                    continue;
                }

                foreach (var (key, nodes) in work.Fields)
                {
                    StartField(work, key, nodes, runs);
                }
            }

            await SettleAsync(runs, cancellation).ConfigureAwait(false);

            var next = new List<SelectionWork>();
            foreach (var run in runs)
            {
                if (run.Work.Target.IsDead)
                {
                    continue;
                }

                if (run.Pending is { } pending)
                {
                    if (pending.IsCompletedSuccessfully)
                    {
                        run.Value = pending.Result;
                    }
                    else
                    {
                        run.Error = pending.IsCanceled
                            ? new OperationCanceledException()
                            : pending.Exception!.InnerException ?? pending.Exception;
                    }
                }

                if (run.Error is not null)
                {
                    FieldError(ErrorFromException(run.Error, run, run.Path), run.Work.Target, run.Key, run.Definition.Type);
                    continue;
                }

                CompleteValue(run.Definition.Type, run.Definition.Type, run, run.Path, run.Value, run.Work.Target, run.Key, next);
            }

            level = next;
        }
    }

    private void StartField(SelectionWork work, string key, List<FieldNode> nodes, List<FieldRun> runs)
    {
        var fieldName = nodes[0].Name.Value;
        if (fieldName == MetaFields.TypeName)
        {
            work.Target.Set(key, work.Type.Name);
            return;
        }

        var definition = Introspection.GetFieldDefinition(context.Schema, work.Type, fieldName);
        if (definition is null)
        {
            // Unknown fields are left out of the response (validation reports them).
            return;
        }

        // Reserve the key now so the response keeps the collected order whatever finishes first.
        work.Target.Set(key, null);
        var path = new ResponsePath(work.Path, key);
        var run = new FieldRun(work, key, definition, nodes, path);
        runs.Add(run);

        try
        {
            var arguments = ArgumentValues.Coerce(definition.Arguments, nodes[0].Arguments, context.VariableValues, nodes[0]);
            var resolver = definition.Resolver ?? context.Options.DefaultResolver ?? DefaultFieldResolver.Resolve;
            var resolveContext = new ResolveFieldContext(context, work.Source, arguments, definition, work.Type, nodes, path);
            var result = resolver(resolveContext);
            if (result.IsCompletedSuccessfully)
            {
                run.Value = result.Result;
            }
            else
            {
                run.Pending = result.AsTask();
            }
        }
        catch (Exception exception)
        {
            run.Error = exception;
        }
    }

    /// <summary>Waits until every resolver of the level finished, dispatching DataLoader batches whenever keys are queued.</summary>
    private async Task SettleAsync(List<FieldRun> runs, CancellationSignal cancellation)
    {
        var pending = new List<Task>();
        foreach (var run in runs)
        {
            if (run.Pending is { IsCompleted: false } task)
            {
                pending.Add(task);
            }
        }

        var loaders = context.DataLoaders;
        while (true)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            if (loaders.HasPendingLoads)
            {
                await loaders.DispatchAsync(context.CancellationToken).ConfigureAwait(false);
                continue;
            }

            pending.RemoveAll(t => t.IsCompleted);
            if (pending.Count == 0)
            {
                return;
            }

            await Task.WhenAny(Task.WhenAll(pending), loaders.WhenLoadQueued(), cancellation.Task).ConfigureAwait(false);
        }
    }

    private void CompleteValue(
        GraphQLType type,
        GraphQLType positionType,
        FieldRun field,
        ResponsePath path,
        object? value,
        ResultNode container,
        object key,
        List<SelectionWork> next)
    {
        if (value is System.Text.Json.JsonElement)
        {
            value = DefaultFieldResolver.Normalize(value);
        }

        if (type is NonNullType nonNull)
        {
            if (value is null)
            {
                FieldError(
                    CompletionError($"Cannot return null for non-nullable field {field.Work.Type.Name}.{field.Definition.Name}.", field, path),
                    container,
                    key,
                    positionType);
                return;
            }

            CompleteValue(nonNull.OfType, positionType, field, path, value, container, key, next);
            return;
        }

        if (value is null)
        {
            container.Set(key, null);
            return;
        }

        switch (type)
        {
            case ListType list:
                IReadOnlyList<object?>? items;
                try
                {
                    // A lazy sequence runs the resolver's code now, and may fail like a resolver.
                    items = InputValueCoercion.AsList(value);
                }
                catch (Exception exception)
                {
                    // ErrorFromException rethrows when the request itself was cancelled.
                    FieldError(ErrorFromException(exception, field, path), container, key, positionType);
                    return;
                }

                if (items is null)
                {
                    FieldError(
                        CompletionError($"Expected a list, but did not find one for field \"{field.Work.Type.Name}.{field.Definition.Name}\".", field, path),
                        container,
                        key,
                        positionType);
                    return;
                }

                var listResult = new ListResult(container, key, positionType, items.Count);
                container.Set(key, listResult.Items);
                for (var i = 0; i < items.Count && !listResult.IsDead; i++)
                {
                    CompleteValue(list.OfType, list.OfType, field, new ResponsePath(path, i), items[i], listResult, i, next);
                }

                return;

            case ScalarType or EnumType:
                try
                {
                    container.Set(key, Serialize((NamedType)type, value));
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    var error = exception is ValueCoercionException
                        ? CompletionError(exception.Message, field, path)
                        : ErrorFromException(exception, field, path);
                    FieldError(error, container, key, positionType);
                }

                return;

            case ObjectType objectType:
                CompleteObject(objectType, positionType, field, path, value, container, key, next);
                return;

            case InterfaceType or UnionType:
                GraphQLError? typeError;
                ObjectType? runtimeType;
                try
                {
                    runtimeType = ResolveAbstractType((NamedType)type, value, field, path, out typeError);
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    runtimeType = null;
                    typeError = ErrorFromException(exception, field, path);
                }

                if (runtimeType is null)
                {
                    FieldError(typeError!, container, key, positionType);
                    return;
                }

                CompleteObject(runtimeType, positionType, field, path, value, container, key, next);
                return;

            default:
                FieldError(CompletionError($"Type \"{type}\" cannot be an output type.", field, path), container, key, positionType);
                return;
        }
    }

    private void CompleteObject(
        ObjectType objectType,
        GraphQLType positionType,
        FieldRun field,
        ResponsePath path,
        object value,
        ResultNode container,
        object key,
        List<SelectionWork> next)
    {
        IReadOnlyList<KeyValuePair<string, List<FieldNode>>> subfields;
        try
        {
            if (objectType.IsTypeOf is { } isTypeOf && !isTypeOf(value))
            {
                FieldError(
                    CompletionError($"Expected value of type \"{objectType.Name}\" but got a value of another type.", field, path),
                    container,
                    key,
                    positionType);
                return;
            }

            subfields = context.SubfieldsOf(objectType, field.Nodes);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            FieldError(ErrorFromException(exception, field, path), container, key, positionType);
            return;
        }

        var objectResult = new ObjectResult(container, key, positionType);
        container.Set(key, objectResult.Values);
        next.Add(new SelectionWork(objectType, value, objectResult, subfields, path));
    }

    private ObjectType? ResolveAbstractType(NamedType abstractType, object value, FieldRun field, ResponsePath path, out GraphQLError? error)
    {
        var typeName = AbstractTypeResolution.ResolveTypeName(context.Schema, abstractType, value, context.Options.ClrTypeNames);
        var fieldName = $"{field.Work.Type.Name}.{field.Definition.Name}";
        if (typeName is null)
        {
            error = CompletionError(
                $"Abstract type \"{abstractType.Name}\" must resolve to an Object type at runtime for field \"{fieldName}\". "
                + $"Give the type a type resolver, or the value a \"__typename\".",
                field,
                path);
            return null;
        }

        var runtimeType = context.Schema.GetType(typeName);
        if (runtimeType is null)
        {
            error = CompletionError($"Abstract type \"{abstractType.Name}\" was resolved to a type \"{typeName}\" that does not exist inside the schema.", field, path);
            return null;
        }

        if (runtimeType is not ObjectType objectType)
        {
            error = CompletionError($"Abstract type \"{abstractType.Name}\" was resolved to a non-object type \"{typeName}\".", field, path);
            return null;
        }

        if (!context.Schema.IsSubType(abstractType, objectType))
        {
            error = CompletionError($"Runtime Object type \"{typeName}\" is not a possible type for \"{abstractType.Name}\".", field, path);
            return null;
        }

        error = null;
        return objectType;
    }

    private static object Serialize(NamedType type, object value) =>
        type is ScalarType scalar ? scalar.Serialize(value) : ((EnumType)type).Serialize(value);

    /// <summary>Records a field error and puts null in its place, or in the nearest nullable parent (spec 6.4.4).</summary>
    private void FieldError(GraphQLError error, ResultNode container, object key, GraphQLType positionType)
    {
        context.Errors.Add(error);
        if (positionType is NonNullType)
        {
            NullifyNode(container);
        }
        else
        {
            container.Set(key, null);
        }
    }

    private void NullifyNode(ResultNode node)
    {
        while (true)
        {
            if (node.IsNulled)
            {
                return;
            }

            node.IsNulled = true;
            if (node.Parent is null)
            {
                return;
            }

            if (node.PositionType is not NonNullType)
            {
                node.Parent.Set(node.KeyInParent, null);
                return;
            }

            node = node.Parent;
        }
    }

    private static GraphQLError CompletionError(string message, FieldRun field, ResponsePath path) =>
        GraphQLError.WithCode(message, ErrorCodes.ResultCoercionFailed, ErrorLocations.Of(field.Nodes), path.ToList());

    /// <summary>A resolver's exception as a client-safe error: a <see cref="GraphQLException"/>'s own error, anything else
    /// as "Internal server error" (its details go to the logger only).</summary>
    private GraphQLError ErrorFromException(Exception exception, FieldRun field, ResponsePath path)
    {
        if (exception is OperationCanceledException && context.CancellationToken.IsCancellationRequested)
        {
            throw new OperationCanceledException(context.CancellationToken);
        }

        if (exception is GraphQLException graphQLException)
        {
            var error = graphQLException.Error;
            return error with
            {
                Locations = error.Locations ?? ErrorLocations.Of(field.Nodes),
                Path = error.Path ?? path.ToList(),
            };
        }

        var pathList = path.ToList();
        try
        {
            context.Options.UnexpectedErrorLogger?.Invoke(exception, pathList);
        }
        catch (Exception)
        {
            // A failing logger must not change the response.
        }

        return GraphQLError.WithCode("Internal server error", ErrorCodes.InternalServerError, ErrorLocations.Of(field.Nodes), pathList);
    }

    private sealed record SelectionWork(
        ObjectType Type,
        object? Source,
        ObjectResult Target,
        IReadOnlyList<KeyValuePair<string, List<FieldNode>>> Fields,
        ResponsePath? Path);

    private sealed class FieldRun(SelectionWork work, string key, FieldDefinition definition, List<FieldNode> nodes, ResponsePath path)
    {
        public SelectionWork Work { get; } = work;

        public string Key { get; } = key;

        public FieldDefinition Definition { get; } = definition;

        public List<FieldNode> Nodes { get; } = nodes;

        public ResponsePath Path { get; } = path;

        public Task<object?>? Pending { get; set; }

        public object? Value { get; set; }

        public Exception? Error { get; set; }
    }

    /// <summary>A task that completes when the request is cancelled, to stop waiting for resolvers that ignore the token.</summary>
    private sealed class CancellationSignal : IDisposable
    {
        private readonly TaskCompletionSource _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly CancellationTokenRegistration _registration;

        public CancellationSignal(CancellationToken token)
        {
            _registration = token.Register(() => _completion.TrySetResult());
        }

        public Task Task => _completion.Task;

        public void Dispose() => _registration.Dispose();
    }
}
