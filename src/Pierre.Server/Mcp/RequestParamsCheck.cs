using System.Text.Json;
using System.Text.Json.Nodes;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace Pierre.Server.Mcp;

/// <summary>
/// Refuses request params of the wrong shape with -32602 Invalid params before the SDK deserializes them: its
/// deserializer would fail them as -32603 Internal error, which tells the client the fault is the server's.
/// </summary>
internal static class RequestParamsCheck
{
    public static McpMessageHandler Filter(McpMessageHandler next) => (context, ct) =>
        context.JsonRpcMessage is JsonRpcRequest request && Problem(request) is { } problem
            ? throw new McpProtocolException(problem, McpErrorCode.InvalidParams)
            : next(context, ct);

    private static string? Problem(JsonRpcRequest request) => request.Params switch
    {
        null when request.Method != RequestMethods.ToolsCall => null,
        not JsonObject => $"{request.Method} params must be an object",
        JsonObject o when request.Method == RequestMethods.ToolsCall && !IsNonEmptyString(o["name"]) =>
            "tools/call params.name must be the name of a tool (a non-empty string); call tools/list to see them",
        JsonObject o when request.Method == RequestMethods.ToolsCall && o["arguments"] is { } arguments && arguments is not JsonObject =>
            "tools/call params.arguments must be an object of named arguments",
        _ => null,
    };

    private static bool IsNonEmptyString(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.String && value.GetValue<string>().Length > 0;
}
