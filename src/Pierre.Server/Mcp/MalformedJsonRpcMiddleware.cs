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

        try
        {
            await ParseAsync(context.Request, context.RequestAborted).ConfigureAwait(false);
        }
        catch (JsonException e)
        {
            await Problems.BadRequest($"{JsonProblems.Describe(e)}; send one JSON-RPC 2.0 message").ExecuteAsync(context).ConfigureAwait(false);
            return;
        }

        context.Request.Body.Position = 0;
        await next(context).ConfigureAwait(false);
    }

    /// <summary>
    /// Parses the body the way the SDK will. <see cref="Hosting.RequestBodyLimitMiddleware"/> has already read it into
    /// memory (the endpoint has a size limit), so this is a parse of a few hundred bytes, not a second read.
    /// </summary>
    private static async ValueTask ParseAsync(HttpRequest request, CancellationToken ct)
    {
        if (request.Body is MemoryStream memory && memory.TryGetBuffer(out var buffered))
        {
            JsonSerializer.Deserialize(buffered.AsSpan((int)memory.Position), McpJsonUtilities.DefaultOptions.GetTypeInfo(typeof(JsonRpcMessage)));
            return;
        }

        request.EnableBuffering();
        await JsonSerializer.DeserializeAsync<JsonRpcMessage>(request.Body, McpJsonUtilities.DefaultOptions, ct).ConfigureAwait(false);
    }
}
