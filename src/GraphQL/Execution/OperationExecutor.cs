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
    private CancellationSignal? _cancellation;

    public async Task<ExecutionResult> ExecuteAsync(ObjectType rootType)
    {
        SelectionPlan plan;
        try
        {
            plan = context.PlanRoot(rootType);
        }
        catch (GraphQLException exception)
        {
            return new ExecutionResult { HasData = true, Data = null, Errors = [exception.Error] };
        }

        var root = new ObjectResult(null, 0, null, plan.Keys);
        var level = new PooledBuffer<SelectionWork>();
        var next = new PooledBuffer<SelectionWork>();
        var runs = new PooledBuffer<FieldRun>();
        try
        {
            if (context.Operation.Operation == OperationType.Mutation)
            {
                for (var i = 0; i < plan.Fields.Length; i++)
                {
                    if (root.IsNulled)
                    {
                        break;
                    }

                    level.Add(new SelectionWork(rootType, context.RootValue, root, plan, i, 1));
                    await RunAsync(level, next, runs).ConfigureAwait(false);
                }
            }
            else
            {
                level.Add(new SelectionWork(rootType, context.RootValue, root, plan, 0, plan.Fields.Length));
                await RunAsync(level, next, runs).ConfigureAwait(false);
            }
        }
        finally
        {
            level.Dispose();
            next.Dispose();
            runs.Dispose();
            _cancellation?.Dispose();
        }

        return new ExecutionResult
        {
            HasData = true,
            Data = root.IsNulled ? null : root,
            Errors = context.Errors,
        };
    }

    /// <summary>Runs levels until none is left; <paramref name="level"/> and <paramref name="next"/> are
    /// used in turns (both end empty).</summary>
    private async Task RunAsync(PooledBuffer<SelectionWork> level, PooledBuffer<SelectionWork> next, PooledBuffer<FieldRun> runs)
    {
        while (level.Count > 0)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            var pending = StartLevel(level, runs);
            if (pending > 0 || (context.HasDataLoaders && context.DataLoaders.HasPendingLoads))
            {
                await SettleAsync(runs, pending).ConfigureAwait(false);
            }

            level.Clear();
            CompleteLevel(runs, next);
            (level, next) = (next, level);
        }
    }

    /// <summary>Starts every field of the level (all resolvers before any completion, so DataLoaders
    /// batch across the level); returns how many resolvers are still running.</summary>
    private int StartLevel(PooledBuffer<SelectionWork> level, PooledBuffer<FieldRun> runs)
    {
        runs.Clear();
        var pending = 0;
        for (var w = 0; w < level.Count; w++)
        {
            ref readonly var work = ref level[w];
            if (work.Target.IsDead)
            {
                continue;
            }

            var fields = work.Plan.Fields;
            for (var i = work.First; i < work.First + work.Count; i++)
            {
                if (StartField(in work, fields[i], runs))
                {
                    pending++;
                }
            }
        }

        return pending;
    }

    /// <summary>Calls the field's resolver; true when it has not finished yet.</summary>
    private bool StartField(in SelectionWork work, PlannedField field, PooledBuffer<FieldRun> runs)
    {
        if (field.Resolution == FieldResolution.TypeName)
        {
            work.Target.Set(field.Slot, work.Type.Name);
            return false;
        }

        ref var run = ref runs.Add();
        run.Target = work.Target;
        run.Field = field;
        run.ParentType = work.Type;
        try
        {
            var arguments = field.GetArguments(context.VariableValues);
            switch (field.Resolution)
            {
                case FieldResolution.Member:
                    run.Value = field.ReadMember(work.Source);
                    return false;

                case FieldResolution.Synchronous:
                    var shared = context.ReusableContext;
                    shared.Set(work.Source, arguments, field, work.Type, work.Target);
                    run.Value = field.SynchronousResolver!(shared);
                    return false;

                default:
                    var result = field.Resolver!(new ResolveFieldContext(context, work.Source, arguments, field, work.Type, work.Target));
                    if (result.IsCompletedSuccessfully)
                    {
                        run.Value = result.Result;
                        return false;
                    }

                    run.Pending = result.AsTask();
                    return !run.Pending.IsCompleted;
            }
        }
        catch (Exception exception)
        {
            run.Error = exception;
            return false;
        }
    }

    /// <summary>Completes every field of the level in the order they started; objects found become the next level's work.</summary>
    private void CompleteLevel(PooledBuffer<FieldRun> runs, PooledBuffer<SelectionWork> next)
    {
        for (var r = 0; r < runs.Count; r++)
        {
            ref var run = ref runs[r];
            if (run.Target.IsDead)
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

            var field = run.Field;
            var type = field.Definition.Type;
            if (run.Error is not null)
            {
                FieldError(ErrorFromException(run.Error, field, run.Target, field.Slot), run.Target, field.Slot, type);
                continue;
            }

            CompleteValue(type, type, run.ParentType, field, run.Value, run.Target, field.Slot, next);
        }

        runs.Clear();
    }

    /// <summary>Waits until every resolver of the level finished, dispatching DataLoader batches whenever keys are queued.</summary>
    private async Task SettleAsync(PooledBuffer<FieldRun> runs, int pendingCount)
    {
        var pending = new List<Task>(pendingCount);
        for (var r = 0; r < runs.Count; r++)
        {
            if (runs[r].Pending is { IsCompleted: false } task)
            {
                pending.Add(task);
            }
        }

        while (true)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            if (context.HasDataLoaders && context.DataLoaders.HasPendingLoads)
            {
                await context.DataLoaders.DispatchAsync(context.CancellationToken).ConfigureAwait(false);
                continue;
            }

            pending.RemoveAll(t => t.IsCompleted);
            if (pending.Count == 0)
            {
                return;
            }

            _cancellation ??= new CancellationSignal(context.CancellationToken);
            await Task.WhenAny(Task.WhenAll(pending), context.DataLoaders.WhenLoadQueued(), _cancellation.Task).ConfigureAwait(false);
        }
    }

    private void CompleteValue(
        GraphQLType type,
        GraphQLType positionType,
        ObjectType parentType,
        PlannedField field,
        object? value,
        ResultNode container,
        int slot,
        PooledBuffer<SelectionWork> next)
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
                    CompletionError($"Cannot return null for non-nullable field {parentType.Name}.{field.Definition.Name}.", field, container, slot),
                    container,
                    slot,
                    positionType);
                return;
            }

            CompleteValue(nonNull.OfType, positionType, parentType, field, value, container, slot, next);
            return;
        }

        if (value is null)
        {
            container.Set(slot, null);
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
                    FieldError(ErrorFromException(exception, field, container, slot), container, slot, positionType);
                    return;
                }

                if (items is null)
                {
                    FieldError(
                        CompletionError($"Expected a list, but did not find one for field \"{parentType.Name}.{field.Definition.Name}\".", field, container, slot),
                        container,
                        slot,
                        positionType);
                    return;
                }

                var listResult = new ListResult(container, slot, positionType, items.Count);
                container.Set(slot, listResult.Items);
                for (var i = 0; i < items.Count && !listResult.IsDead; i++)
                {
                    CompleteValue(list.OfType, list.OfType, parentType, field, items[i], listResult, i, next);
                }

                return;

            case ScalarType or EnumType:
                try
                {
                    container.Set(slot, Serialize((NamedType)type, value));
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    var error = exception is ValueCoercionException
                        ? CompletionError(exception.Message, field, container, slot)
                        : ErrorFromException(exception, field, container, slot);
                    FieldError(error, container, slot, positionType);
                }

                return;

            case ObjectType objectType:
                CompleteObject(objectType, positionType, field, value, container, slot, next);
                return;

            case InterfaceType or UnionType:
                GraphQLError? typeError;
                ObjectType? runtimeType;
                try
                {
                    runtimeType = ResolveAbstractType((NamedType)type, value, parentType, field, container, slot, out typeError);
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    runtimeType = null;
                    typeError = ErrorFromException(exception, field, container, slot);
                }

                if (runtimeType is null)
                {
                    FieldError(typeError!, container, slot, positionType);
                    return;
                }

                CompleteObject(runtimeType, positionType, field, value, container, slot, next);
                return;

            default:
                FieldError(CompletionError($"Type \"{type}\" cannot be an output type.", field, container, slot), container, slot, positionType);
                return;
        }
    }

    private void CompleteObject(
        ObjectType objectType,
        GraphQLType positionType,
        PlannedField field,
        object value,
        ResultNode container,
        int slot,
        PooledBuffer<SelectionWork> next)
    {
        SelectionPlan plan;
        try
        {
            if (objectType.IsTypeOf is { } isTypeOf && !isTypeOf(value))
            {
                FieldError(
                    CompletionError($"Expected value of type \"{objectType.Name}\" but got a value of another type.", field, container, slot),
                    container,
                    slot,
                    positionType);
                return;
            }

            plan = field.GetChildPlan(context, objectType);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            FieldError(ErrorFromException(exception, field, container, slot), container, slot, positionType);
            return;
        }

        var objectResult = new ObjectResult(container, slot, positionType, plan.Keys);
        container.Set(slot, objectResult);
        next.Add(new SelectionWork(objectType, value, objectResult, plan, 0, plan.Fields.Length));
    }

    private ObjectType? ResolveAbstractType(
        NamedType abstractType,
        object value,
        ObjectType parentType,
        PlannedField field,
        ResultNode container,
        int slot,
        out GraphQLError? error)
    {
        var typeName = AbstractTypeResolution.ResolveTypeName(context.Schema, abstractType, value, context.Options.ClrTypeNames);
        if (typeName is null)
        {
            error = CompletionError(
                $"Abstract type \"{abstractType.Name}\" must resolve to an Object type at runtime for field \"{parentType.Name}.{field.Definition.Name}\". "
                + $"Give the type a type resolver, or the value a \"__typename\".",
                field,
                container,
                slot);
            return null;
        }

        var runtimeType = context.Schema.GetType(typeName);
        if (runtimeType is null)
        {
            error = CompletionError($"Abstract type \"{abstractType.Name}\" was resolved to a type \"{typeName}\" that does not exist inside the schema.", field, container, slot);
            return null;
        }

        if (runtimeType is not ObjectType objectType)
        {
            error = CompletionError($"Abstract type \"{abstractType.Name}\" was resolved to a non-object type \"{typeName}\".", field, container, slot);
            return null;
        }

        if (!context.Schema.IsSubType(abstractType, objectType))
        {
            error = CompletionError($"Runtime Object type \"{typeName}\" is not a possible type for \"{abstractType.Name}\".", field, container, slot);
            return null;
        }

        error = null;
        return objectType;
    }

    private static object Serialize(NamedType type, object value) =>
        type is ScalarType scalar ? scalar.Serialize(value) : ((EnumType)type).Serialize(value);

    /// <summary>Records a field error and puts null in its place, or in the nearest nullable parent (spec 6.4.4).</summary>
    private void FieldError(GraphQLError error, ResultNode container, int slot, GraphQLType positionType)
    {
        context.AddError(error);
        if (positionType is NonNullType)
        {
            NullifyNode(container);
        }
        else
        {
            container.Set(slot, null);
        }
    }

    private static void NullifyNode(ResultNode node)
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
                node.Parent.Set(node.SlotInParent, null);
                return;
            }

            node = node.Parent;
        }
    }

    private static GraphQLError CompletionError(string message, PlannedField field, ResultNode container, int slot) =>
        GraphQLError.WithCode(message, ErrorCodes.ResultCoercionFailed, ErrorLocations.Of(field.Nodes), ResultPath.Of(container, slot));

    /// <summary>A resolver's exception as a client-safe error: a <see cref="GraphQLException"/>'s own error, anything else
    /// as "Internal server error" (its details go to the logger only).</summary>
    private GraphQLError ErrorFromException(Exception exception, PlannedField field, ResultNode container, int slot)
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
                Path = error.Path ?? ResultPath.Of(container, slot),
            };
        }

        var path = ResultPath.Of(container, slot);
        try
        {
            context.Options.UnexpectedErrorLogger?.Invoke(exception, path);
        }
        catch (Exception)
        {
            // A failing logger must not change the response.
        }

        return GraphQLError.WithCode("Internal server error", ErrorCodes.InternalServerError, ErrorLocations.Of(field.Nodes), path);
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
