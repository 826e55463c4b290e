using System.Text.Json;
using System.Text.Json.Nodes;

namespace Pierre.Server.Mcp.Transports;

/// <summary>JSON-RPC error responses written by the TCP front end before a message reaches the SDK.</summary>
internal static class JsonRpcErrors
{
    public const int ParseError = -32700;
    public const int InvalidRequest = -32600;
    public const int Unauthorized = -32001;

    /// <summary>JSON-RPC's implementation-defined server error: the server closes the connection (timeout, connection cap).</summary>
    public const int Closing = -32000;

    public static string Response(JsonNode? id, int code, string message) =>
        new JsonObject
        {
            ["jsonrpc"] = "2.0",
            ["id"] = id?.DeepClone(),
            ["error"] = new JsonObject { ["code"] = code, ["message"] = message },
        }.ToJsonString(new JsonSerializerOptions { WriteIndented = false });
}
