using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Pierre.Server.Mcp.Transports;

/// <summary>
/// What the TCP front end refuses before the SDK sees it. The SDK drops a message it cannot deserialize (a fractional
/// id, a missing <c>jsonrpc</c>) without answering, or ends the connection (a non-string method), so each of these is
/// answered here with -32600 Invalid Request, echoing the id when it is a string or a number.
/// </summary>
internal static class JsonRpcMessageCheck
{
    /// <summary>The error line answering a line that must not reach the SDK; null (with the parsed object or batch) otherwise.</summary>
    public static string? Refusal(string? line, bool tooLong, int maxBytes, out JsonNode? message)
    {
        message = null;
        return tooLong ? JsonRpcErrors.Response(null, JsonRpcErrors.InvalidRequest, $"message exceeds {ByteSizes.Describe(maxBytes)}")
            : !TryParse(line!, out message) ? JsonRpcErrors.Response(null, JsonRpcErrors.ParseError, "parse error: not valid JSON")
            : message switch
            {
                JsonObject request => Problem(request),
                JsonArray batch => BatchProblem(batch),
                _ => JsonRpcErrors.Response(null, JsonRpcErrors.InvalidRequest, "a message must be a JSON object or a batch array"),
            };
    }

    /// <summary>The error line to answer for an invalid message; null when the SDK can take it.</summary>
    public static string? Problem(JsonObject message)
    {
        var problem = message switch
        {
            _ when !IsString(message["jsonrpc"], "2.0") => "jsonrpc must be \"2.0\"",
            _ when message.ContainsKey("method") && !IsString(message["method"]) => "method must be a string",
            _ when message.ContainsKey("id") && !IsStringOrInteger(message["id"]) =>
                "id must be a string or a whole number (omit it for a notification)",
            _ when !message.ContainsKey("method") && (!message.ContainsKey("id") || !(message.ContainsKey("result") || message.ContainsKey("error"))) =>
                "a message needs a method (request or notification), or an id with a result or an error (response)",
            _ => null,
        };
        return problem is null ? null : JsonRpcErrors.Response(EchoableId(message), JsonRpcErrors.InvalidRequest, problem);
    }

    /// <summary>
    /// The error line that refuses a whole batch; null when its elements can run. Duplicate request ids are refused for the
    /// batch as a whole (-32600, id null) rather than per element: the answers could not be told apart, and running
    /// none of it is safer than running tools the client cannot match to their results.
    /// </summary>
    public static string? BatchProblem(JsonArray batch)
    {
        if (batch.Count == 0)
        {
            return JsonRpcErrors.Response(null, JsonRpcErrors.InvalidRequest, "empty batch");
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        var duplicate = batch.OfType<JsonObject>()
            .Where(m => m["method"] is not null && m["id"] is not null)
            .Select(m => m["id"]!.ToJsonString())
            .FirstOrDefault(id => !ids.Add(id));
        return duplicate is null
            ? null
            : JsonRpcErrors.Response(null, JsonRpcErrors.InvalidRequest, $"duplicate id {duplicate} in batch: each request in a batch needs its own id");
    }

    private static JsonValue? EchoableId(JsonObject message) =>
        message["id"] is JsonValue id && id.GetValueKind() is JsonValueKind.String or JsonValueKind.Number ? id : null;

    private static bool IsString(JsonNode? node, string? expected = null) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.String && (expected is null || value.GetValue<string>() == expected);

    private static bool IsStringOrInteger(JsonNode? node) =>
        IsString(node) || (node is JsonValue value && value.GetValueKind() == JsonValueKind.Number && value.TryGetValue<long>(out _));

    public static bool TryParse(string line, out JsonNode? message)
    {
        // Encoded into a pooled buffer, as JsonNode.Parse(string) would: a client's every line passes here.
        var buffer = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(line.Length));
        try
        {
            return TryParse(buffer.AsSpan(0, Encoding.UTF8.GetBytes(line, buffer)), out message);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    public static bool TryParse(ReadOnlySequence<byte> line, out JsonNode? message) =>
        TryParse(line.IsSingleSegment ? line.FirstSpan : line.ToArray(), out message);

    private static bool TryParse(ReadOnlySpan<byte> utf8, out JsonNode? message)
    {
        try
        {
            message = JsonNode.Parse(utf8);
            return message is not null;
        }
        catch (JsonException)
        {
            message = null;
            return false;
        }
    }
}
