using System.Security.Claims;
using System.Text.Json;
using System.Text.Json.Nodes;
using Pierre.Server.Auth;
using Pierre.Server.Errors;
using Pierre.Server.Mcp;

namespace Pierre.Server.A2A;

/// <summary>
/// <c>POST /a2a</c>: one JSON-RPC 2.0 request per body. <c>A2A-Version: 1.0</c> selects the 1.0 methods and shapes, no
/// header (or 0.3) the 0.3 ones; any other version is refused. Answers are JSON, or server-sent events for the
/// streaming methods, each event a JSON-RPC response with the request's id.
/// </summary>
internal static class A2AJsonRpcEndpoint
{
    public const string VersionHeader = "A2A-Version";

    private static readonly JsonElement NoParameters = JsonDocument.Parse("{}").RootElement;

    /// <summary>JSON for machines, not for HTML: '+', '&lt;' and quotes stay readable in tool output.</summary>
    private static readonly JsonSerializerOptions Output = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static async Task HandleAsync(HttpContext http, CallerResolver callers, A2ATaskMethods methods)
    {
        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(http.Request.Body, default, http.RequestAborted).ConfigureAwait(false);
        }
        catch (JsonException)
        {
            await WriteErrorAsync(http, A2AWireV1.Instance, null, A2AException.ParseError("the body is not valid JSON")).ConfigureAwait(false);
            return;
        }

        using (document)
        {
            var request = document.RootElement;
            var id = request.ValueKind == JsonValueKind.Object && request.TryGetProperty("id", out var given) && given.ValueKind is JsonValueKind.String or JsonValueKind.Number
                ? JsonNode.Parse(given.GetRawText())
                : null;
            A2AWire wire = A2AWireV1.Instance;
            try
            {
                wire = WireFor(http.Request.Headers[VersionHeader].ToString());
                var (method, parameters) = Read(request, wire);
                var principal = http.User;
                var (caller, refusal) = await callers.ResolveAsync(principal, http.RequestAborted).ConfigureAwait(false);
                if (caller is null)
                {
                    await Problems.Unauthorized($"Refused: {refusal}.").ExecuteAsync(http).ConfigureAwait(false);
                    return;
                }

                var call = new A2ACall(http, wire, id, new McpCaller(caller, principal), ScopeOf(caller, principal));
                await methods.InvokeAsync(call, method, parameters).ConfigureAwait(false);
            }
            catch (A2AException e)
            {
                await WriteErrorAsync(http, wire, id, e).ConfigureAwait(false);
            }
        }
    }

    public static Task WriteResultAsync(HttpContext http, JsonNode? id, JsonNode result) =>
        WriteJsonAsync(http, new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id?.DeepClone(), ["result"] = result });

    public static Task WriteErrorAsync(HttpContext http, A2AWire wire, JsonNode? id, A2AException error) =>
        WriteJsonAsync(http, new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id?.DeepClone(), ["error"] = ErrorObject(wire, error) });

    /// <summary>
    /// Starts a server-sent event stream; nothing may be written as plain JSON after this. A stream lasts as long as its
    /// task, so the request timeout (<c>PIERRE_REQUEST_TIMEOUT</c>) no longer applies to it.
    /// </summary>
    public static async Task StartEventsAsync(HttpContext http)
    {
        http.Features.Get<Microsoft.AspNetCore.Http.Timeouts.IHttpRequestTimeoutFeature>()?.DisableTimeout();
        http.Response.ContentType = "text/event-stream";
        http.Response.Headers.CacheControl = "no-cache";
        http.Response.Headers["X-Accel-Buffering"] = "no";
        await http.Response.Body.FlushAsync(http.RequestAborted).ConfigureAwait(false);
    }

    public static async Task WriteEventAsync(HttpContext http, JsonNode? id, JsonNode result)
    {
        var envelope = new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id?.DeepClone(), ["result"] = result };
        await http.Response.WriteAsync($"data: {envelope.ToJsonString(Output)}\n\n", http.RequestAborted).ConfigureAwait(false);
        await http.Response.Body.FlushAsync(http.RequestAborted).ConfigureAwait(false);
    }

    /// <summary>Whether an <c>A2A-Version</c> header asks for 1.0 (or a 1.0.x patch).</summary>
    public static bool IsVersion10(string? version) => version?.Trim() is "1.0" or ['1', '.', '0', '.', ..];

    private static A2AWire WireFor(string version) => version.Trim() switch
    {
        _ when IsVersion10(version) => A2AWireV1.Instance,
        "" or "0.3" or ['0', '.', '3', '.', ..] => A2AWireV03.Instance,
        var v => throw A2AException.VersionNotSupported(v.Length > 20 ? v[..20] : v),
    };

    private static (A2AMethod Method, JsonElement Parameters) Read(JsonElement request, A2AWire wire)
    {
        if (request.ValueKind != JsonValueKind.Object)
        {
            throw A2AException.InvalidRequest(request.ValueKind == JsonValueKind.Array
                ? "batch requests are not supported: send one JSON-RPC request per POST"
                : "the body must be a JSON-RPC 2.0 request object");
        }

        if (!request.TryGetProperty("jsonrpc", out var version) || version.ValueKind != JsonValueKind.String || version.GetString() != "2.0")
        {
            throw A2AException.InvalidRequest("jsonrpc must be \"2.0\"");
        }

        if (request.TryGetProperty("id", out var id) && id.ValueKind is not (JsonValueKind.String or JsonValueKind.Number or JsonValueKind.Null))
        {
            throw A2AException.InvalidRequest("id must be a string, a number or null");
        }

        if (!request.TryGetProperty("method", out var name) || name.ValueKind != JsonValueKind.String)
        {
            throw A2AException.InvalidRequest("method is required");
        }

        var methodName = name.GetString()!;
        if (wire.Method(methodName) is not { } method)
        {
            throw A2AException.MethodNotFound(wire.OtherVersionsMethod(methodName) is { } other
                ? $"'{methodName}' is not an A2A {wire.Version} method: in {wire.Version} it is {other}; the header A2A-Version: 1.0 selects the 1.0 names, no header the 0.3 ones"
                : $"method '{methodName}' not found");
        }

        var parameters = request.TryGetProperty("params", out var p) ? p : default;
        if (parameters.ValueKind is not (JsonValueKind.Object or JsonValueKind.Undefined))
        {
            throw A2AException.InvalidParams("params must be an object");
        }

        return (method, parameters.ValueKind == JsonValueKind.Object ? parameters : NoParameters);
    }

    private static A2AScope ScopeOf(Caller caller, ClaimsPrincipal principal) => new(
        caller.TenantId, caller.UserId, Guid.TryParse(principal.FindFirstValue(PierreClaims.AgentId), out var agent) ? agent : null);

    private static JsonObject ErrorObject(A2AWire wire, A2AException error)
    {
        var value = new JsonObject { ["code"] = error.Code, ["message"] = error.Message };
        if (wire.ErrorData(error) is { } data)
        {
            value["data"] = data;
        }

        return value;
    }

    private static async Task WriteJsonAsync(HttpContext http, JsonObject body)
    {
        http.Response.ContentType = A2AMediaTypes.Json;
        await http.Response.WriteAsync(body.ToJsonString(Output), http.RequestAborted).ConfigureAwait(false);
    }
}

/// <summary>One JSON-RPC call on <c>/a2a</c>: its version's wire, its id, who calls and whose tasks it sees.</summary>
internal sealed record A2ACall(HttpContext Http, A2AWire Wire, JsonNode? Id, McpCaller Caller, A2AScope Scope);
