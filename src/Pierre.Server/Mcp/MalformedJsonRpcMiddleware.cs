using System.Text.Json;
using Pierre.Server.Errors;

namespace Pierre.Server.Mcp;

/// <summary>
/// Answers a POST to <c>/mcp</c> whose body is not one JSON-RPC message with a ProblemDetails like every other bad
/// request. The SDK's own answer quotes the serializer, whose messages name its internal types.
/// </summary>
internal sealed class MalformedJsonRpcMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        // The matched endpoint, not the path: a POST to /mcp/anything matches nothing and must not be judged.
        if (!HttpMethods.IsPost(context.Request.Method) || context.GetEndpoint()?.Metadata.GetMetadata<McpEndpointMarker>() is null)
        {
            return next(context);
        }

        // RequestBodyLimitMiddleware has read the body into memory (the endpoint has a size limit); were it not, the SDK
        // would answer a malformed body itself.
        if (context.Request.Body is MemoryStream memory && memory.TryGetBuffer(out var buffered))
        {
            try
            {
                JsonRpcShape.Check(buffered.AsSpan((int)memory.Position));
            }
            catch (JsonException e)
            {
                return Problems.BadRequest($"{JsonProblems.Describe(e)}; send one JSON-RPC 2.0 message").ExecuteAsync(context);
            }
        }

        return next(context);
    }
}
