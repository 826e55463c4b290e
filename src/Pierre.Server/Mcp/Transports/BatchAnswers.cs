using System.Collections.Concurrent;
using System.Text.Json.Nodes;

namespace Pierre.Server.Mcp.Transports;

/// <summary>The answers a TCP batch waits for: the server's responses to its requests are caught here instead of being written.</summary>
internal sealed class BatchAnswers
{
    private readonly ConcurrentDictionary<string, TaskCompletionSource<JsonNode>> _waiters = new(StringComparer.Ordinal);

    /// <summary>Whether a batch waits for an answer; only then is the server's output read as messages.</summary>
    public bool Waiting => !_waiters.IsEmpty;

    public Task<JsonNode> Expect(JsonNode id)
    {
        var waiter = new TaskCompletionSource<JsonNode>(TaskCreationOptions.RunContinuationsAsynchronously);
        _waiters[id.ToJsonString()] = waiter;
        return waiter.Task;
    }

    /// <summary>Whether the message answers a batched request (it is then taken).</summary>
    public bool TryDeliver(JsonNode? message)
    {
        if (message is JsonObject response && response["method"] is null && response["id"] is { } id
            && _waiters.TryRemove(id.ToJsonString(), out var waiter))
        {
            waiter.TrySetResult(response.DeepClone());
            return true;
        }

        return false;
    }
}
