using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Pierre.Server.Data.Entities;
using Pierre.Server.Mcp;

namespace Pierre.Server.A2A;

/// <summary>
/// The A2A task methods, the same for both protocol versions (the call's wire spells the answers): a message names one
/// tool in a data part <c>{"tool": …, "arguments": {…}}</c>; the task runs it through the same gate and tools as MCP.
/// </summary>
internal sealed class A2ATaskMethods(A2ATaskStore store, A2ATaskRunner runner, ToolGate gate)
{
    private const int DefaultPageSize = 50;

    public Task InvokeAsync(A2ACall call, A2AMethod method, JsonElement parameters)
    {
        call.Http.Items[McpHandlers.OperationItem] = $"a2a:{method}";
        return method switch
        {
            A2AMethod.SendMessage => SendAsync(call, parameters, streaming: false),
            A2AMethod.SendStreamingMessage => SendAsync(call, parameters, streaming: true),
            A2AMethod.GetTask => GetAsync(call, parameters),
            A2AMethod.ListTasks => ListAsync(call, parameters),
            A2AMethod.CancelTask => CancelAsync(call, parameters),
            A2AMethod.SubscribeToTask => SubscribeAsync(call, parameters),
            _ => throw new ArgumentOutOfRangeException(nameof(method), method, "an A2A method without a handler"),
        };
    }

    private async Task SendAsync(A2ACall call, JsonElement parameters, bool streaming)
    {
        var send = call.Wire.ReadSend(parameters);
        if (send.Message.TaskId is not null)
        {
            throw A2AException.UnsupportedOperation("Pierre's tasks are single-turn: send a new message without taskId (contextId groups related tasks)");
        }

        if (send.AcceptedOutputModes.Count > 0 && !send.AcceptedOutputModes.Any(m => m is A2AMediaTypes.Json or A2AMediaTypes.Text or "*/*"))
        {
            throw A2AException.ContentTypeNotSupported($"Pierre answers in {A2AMediaTypes.Json} and {A2AMediaTypes.Text}, not {string.Join(", ", send.AcceptedOutputModes)}");
        }

        var allowed = await gate.AllowedAsync(call.Caller, call.Http.RequestAborted).ConfigureAwait(false);
        var (toolName, arguments) = ToolRequest(send.Message, allowed);
        var tool = allowed.FirstOrDefault(t => t.Name == toolName);
        var contextId = send.Message.ContextId ?? Guid.NewGuid().ToString();
        var requestJson = JsonSerializer.Serialize(send.Message, A2AWire.StoreJson);
        var ct = call.Http.RequestAborted;
        if (tool is null)
        {
            var refused = await store.InsertAsync(store.New(call.Scope, contextId, toolName, requestJson, A2ATaskState.Rejected, NotAllowed(toolName, allowed)), ct)
                .ConfigureAwait(false);
            RecordOutcome(call, refused.State);
            await AnswerEndedAsync(call, refused, send.HistoryLength, streaming).ConfigureAwait(false);
            return;
        }

        call.Http.Items[McpHandlers.OperationItem] = tool.Operation;
        // A task whose id the caller learns before it ends (a stream, a non-blocking send) is stored at once, so any
        // replica can find and cancel it; a blocking send's task is stored once, when it ends.
        var task = store.New(call.Scope, contextId, tool.Name, requestJson, A2ATaskState.Submitted, null);
        var storeNow = streaming || send.ReturnImmediately;
        var running = runner.TryHold(task, stored: storeNow) ?? throw A2AException.UnsupportedOperation(
            $"{A2ATaskRunner.MaxRunningPerCaller} tasks of this caller are still running: wait for one to end (GetTask, SubscribeToTask) or cancel one");
        if (storeNow)
        {
            try
            {
                await store.InsertAsync(task, ct).ConfigureAwait(false);
            }
            catch
            {
                runner.Release(running);
                throw;
            }
        }

        if (streaming)
        {
            // Watch before the run starts, so no event is missed; run before writing, so a client gone already stops nothing.
            var (snapshot, events) = await running.WatchAsync(CancellationToken.None).ConfigureAwait(false);
            runner.Run(running, call.Caller, arguments, tool.Name);
            await A2AJsonRpcEndpoint.StartEventsAsync(call.Http).ConfigureAwait(false);
            await A2AJsonRpcEndpoint.WriteEventAsync(call.Http, call.Id, call.Wire.TaskEvent(call.Wire.Task(snapshot, send.HistoryLength))).ConfigureAwait(false);
            RecordOutcome(call, await RelayAsync(call, events).ConfigureAwait(false));
            return;
        }

        runner.Run(running, call.Caller, arguments, tool.Name);
        if (!send.ReturnImmediately)
        {
            await running.Ended.WaitAsync(ct).ConfigureAwait(false);
        }

        var answer = await running.SnapshotAsync(ct).ConfigureAwait(false);
        RecordOutcome(call, answer.State);
        await A2AJsonRpcEndpoint.WriteResultAsync(call.Http, call.Id, call.Wire.SendResult(call.Wire.Task(answer, send.HistoryLength))).ConfigureAwait(false);
    }

    private async Task GetAsync(A2ACall call, JsonElement parameters)
    {
        var (id, historyLength) = A2AWire.ReadTaskId(parameters);
        var task = await FindAsync(call, id).ConfigureAwait(false);
        await A2AJsonRpcEndpoint.WriteResultAsync(call.Http, call.Id, call.Wire.Task(task, historyLength)).ConfigureAwait(false);
    }

    private async Task CancelAsync(A2ACall call, JsonElement parameters)
    {
        var (id, historyLength) = A2AWire.ReadTaskId(parameters);
        var task = await FindAsync(call, id).ConfigureAwait(false);
        if (A2ATaskStates.IsTerminal(task.State))
        {
            throw A2AException.TaskNotCancelable(id, call.Wire.State(task.State));
        }

        var canceled = runner.Find(task.Id) is { } running
            ? await runner.CancelAsync(running).ConfigureAwait(false)
            : await store.CancelOrphanAsync(task.Id, RunningA2ATask.CanceledByClient, call.Http.RequestAborted).ConfigureAwait(false) ? await FindAsync(call, id).ConfigureAwait(false) : null;
        if (canceled is null)
        {
            var ended = await FindAsync(call, id).ConfigureAwait(false);
            throw A2AException.TaskNotCancelable(id, call.Wire.State(ended.State));
        }

        await A2AJsonRpcEndpoint.WriteResultAsync(call.Http, call.Id, call.Wire.Task(canceled, historyLength)).ConfigureAwait(false);
    }

    private async Task SubscribeAsync(A2ACall call, JsonElement parameters)
    {
        var (id, historyLength) = A2AWire.ReadTaskId(parameters);
        var task = await FindAsync(call, id).ConfigureAwait(false);
        if (A2ATaskStates.IsTerminal(task.State) || runner.Find(task.Id) is not { } running)
        {
            throw A2AException.UnsupportedOperation(
                $"task {id} is {call.Wire.State(task.State)}{(A2ATaskStates.IsTerminal(task.State) ? "" : " but not running on this server")}: there is nothing to stream; GetTask returns it");
        }

        var (snapshot, events) = await running.WatchAsync(call.Http.RequestAborted).ConfigureAwait(false);
        await A2AJsonRpcEndpoint.StartEventsAsync(call.Http).ConfigureAwait(false);
        await A2AJsonRpcEndpoint.WriteEventAsync(call.Http, call.Id, call.Wire.TaskEvent(call.Wire.Task(snapshot, historyLength))).ConfigureAwait(false);
        await RelayAsync(call, events).ConfigureAwait(false);
    }

    private async Task ListAsync(A2ACall call, JsonElement parameters)
    {
        var wire = call.Wire;
        var contextId = parameters.TryGetProperty("contextId", out var c) && c.ValueKind != JsonValueKind.Null
            ? c.ValueKind == JsonValueKind.String ? c.GetString() : throw A2AException.InvalidParams("contextId must be a string")
            : null;
        var pageSize = parameters.TryGetProperty("pageSize", out var p) && p.ValueKind != JsonValueKind.Null
            ? p.ValueKind == JsonValueKind.Number && p.TryGetInt32(out var size) && size is >= 1 and <= A2ATaskStore.MaxPageSize
                ? size
                : throw A2AException.InvalidParams($"pageSize must be a whole number from 1 to {A2ATaskStore.MaxPageSize}")
            : DefaultPageSize;
        var offset = 0;
        if (parameters.TryGetProperty("pageToken", out var token) && token.ValueKind != JsonValueKind.Null
            && (token.ValueKind != JsonValueKind.String
                || (token.GetString() is { Length: > 0 } text && (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out offset) || offset < 0))))
        {
            throw A2AException.InvalidParams("pageToken is not one this server gave");
        }

        var includeArtifacts = parameters.TryGetProperty("includeArtifacts", out var a) && a.ValueKind == JsonValueKind.True;
        var historyLength = A2AWire.HistoryLength(parameters);
        var (tasks, total) = await store.ListAsync(call.Scope, contextId, wire.StateFilter(parameters), offset, pageSize, call.Http.RequestAborted).ConfigureAwait(false);
        var next = offset + tasks.Count < total ? (offset + tasks.Count).ToString(CultureInfo.InvariantCulture) : "";
        await A2AJsonRpcEndpoint.WriteResultAsync(call.Http, call.Id, new JsonObject
        {
            ["tasks"] = new JsonArray([.. (await Task.WhenAll(tasks.Select(Current)).ConfigureAwait(false)).Select(t => wire.Task(t, historyLength, includeArtifacts))]),
            ["nextPageToken"] = next,
            ["pageSize"] = pageSize,
            ["totalSize"] = total,
        }).ConfigureAwait(false);
    }

    /// <summary>The caller's task as it is now: from the runner while it runs here (its row may lag), else stored.</summary>
    private async Task<A2ATask> FindAsync(A2ACall call, string id)
    {
        if (Guid.TryParse(id, out var taskId) && runner.Find(taskId) is { } running && running.Scope == call.Scope)
        {
            return await running.SnapshotAsync(call.Http.RequestAborted).ConfigureAwait(false);
        }

        return await store.FindAsync(call.Scope, id, call.Http.RequestAborted).ConfigureAwait(false) ?? throw A2AException.TaskNotFound(id);
    }

    private Task<A2ATask> Current(A2ATask stored) =>
        runner.Find(stored.Id) is { } running ? running.SnapshotAsync(CancellationToken.None) : Task.FromResult(stored);

    /// <summary>A task that ended as it was created (refused): one answer, or a stream of that one task.</summary>
    private static async Task AnswerEndedAsync(A2ACall call, A2ATask task, int? historyLength, bool streaming)
    {
        var rendered = call.Wire.Task(task, historyLength);
        if (!streaming)
        {
            await A2AJsonRpcEndpoint.WriteResultAsync(call.Http, call.Id, call.Wire.SendResult(rendered)).ConfigureAwait(false);
            return;
        }

        await A2AJsonRpcEndpoint.StartEventsAsync(call.Http).ConfigureAwait(false);
        await A2AJsonRpcEndpoint.WriteEventAsync(call.Http, call.Id, call.Wire.TaskEvent(rendered)).ConfigureAwait(false);
        await A2AJsonRpcEndpoint.WriteEventAsync(call.Http, call.Id, call.Wire.StatusEvent(task)).ConfigureAwait(false);
    }

    /// <summary>
    /// Writes the task's events until it ends (then the stream closes) or the client goes away (the task goes on);
    /// returns the last state written.
    /// </summary>
    private static async Task<A2ATaskState?> RelayAsync(A2ACall call, System.Threading.Channels.ChannelReader<A2ATaskEvent> events)
    {
        A2ATaskState? last = null;
        await foreach (var change in events.ReadAllAsync(call.Http.RequestAborted).ConfigureAwait(false))
        {
            var result = change.IsArtifact ? call.Wire.ArtifactEvent(change.Task) : call.Wire.StatusEvent(change.Task);
            await A2AJsonRpcEndpoint.WriteEventAsync(call.Http, call.Id, result).ConfigureAwait(false);
            last = change.Task.State;
        }

        return last;
    }

    /// <summary>A failed or refused task is recorded in the caller's usage as the error it is, though its answer is HTTP 200.</summary>
    private static void RecordOutcome(A2ACall call, A2ATaskState? state)
    {
        if (state is A2ATaskState.Failed or A2ATaskState.Rejected)
        {
            call.Http.Items[Usage.UsageMiddleware.StatusItem] = state == A2ATaskState.Rejected ? StatusCodes.Status403Forbidden : StatusCodes.Status400BadRequest;
        }
    }

    /// <summary>The tool and arguments a message asks for, or a clear error that lists what the caller may ask.</summary>
    private static (string Tool, IDictionary<string, JsonElement>? Arguments) ToolRequest(A2AMessage message, IReadOnlyList<ToolDescriptor> allowed)
    {
        var data = message.Parts.Where(p => p.Data is { ValueKind: JsonValueKind.Object } d && d.TryGetProperty("tool", out _)).Select(p => p.Data!.Value).ToList();
        if (data.Count == 0)
        {
            throw A2AException.InvalidParams(
                "Pierre runs one tool per message: add a data part {\"tool\": \"<name>\", \"arguments\": {…}} (POST /a2a/tools lists each tool's arguments). "
                + Skills(allowed));
        }

        if (data.Count > 1)
        {
            throw A2AException.InvalidParams("a message runs one tool: send one data part naming a tool");
        }

        var request = data[0];
        var tool = request.GetProperty("tool");
        if (tool.ValueKind != JsonValueKind.String || tool.GetString() is not { Length: > 0 and <= 100 } name)
        {
            throw A2AException.InvalidParams("the data part's tool must be a tool name");
        }

        if (!request.TryGetProperty("arguments", out var arguments) || arguments.ValueKind == JsonValueKind.Null)
        {
            return (name, null);
        }

        return arguments.ValueKind == JsonValueKind.Object
            ? (name, arguments.EnumerateObject().ToDictionary(a => a.Name, a => a.Value.Clone(), StringComparer.Ordinal))
            : throw A2AException.InvalidParams("the data part's arguments must be an object");
    }

    private static string NotAllowed(string tool, IReadOnlyList<ToolDescriptor> allowed) =>
        $"'{tool}' is not a tool this caller may use. " + Skills(allowed);

    private static string Skills(IReadOnlyList<ToolDescriptor> allowed) => allowed.Count == 0
        ? "This caller may use no tools."
        : "Skills and their tools: " + string.Join("; ", allowed.GroupBy(t => t.Group).OrderBy(g => g.Key)
            .Select(g => $"{ToolGroupInfo.Of(g.Key).Id} ({string.Join(", ", g.Select(t => t.Name))})")) + ".";
}
