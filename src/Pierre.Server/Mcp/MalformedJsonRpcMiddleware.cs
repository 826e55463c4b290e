using System.Text.Json;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;
using Pierre.Server.Errors;

namespace Pierre.Server.Mcp;

/// <summary>
/// Answers a POST to <c>/mcp</c> whose body is not one JSON-RPC message with a ProblemDetails like every other bad
/// request. The SDK's own answer quotes the serializer, whose messages name its internal types.
/// </summary>
internal sealed class MalformedJsonRpcMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        // The matched endpoint, not the path: a POST to /mcp/anything matches nothing and must not be buffered and parsed.
        if (!HttpMethods.IsPost(context.Request.Method) || context.GetEndpoint()?.Metadata.GetMetadata<McpEndpointMarker>() is null)
        {
            await next(context).ConfigureAwait(false);
            return;
        }

        context.Request.EnableBuffering();
        try
        {
            await JsonSerializer.DeserializeAsync<JsonRpcMessage>(context.Request.Body, McpJsonUtilities.DefaultOptions, context.RequestAborted)
                .ConfigureAwait(false);
        }
        catch (JsonException e)
        {
            await Problems.BadRequest($"{JsonProblems.Describe(e)}; send one JSON-RPC 2.0 message").ExecuteAsync(context).ConfigureAwait(false);
            return;
        }

        context.Request.Body.Position = 0;
        await next(context).ConfigureAwait(false);
    }
}
