using System.Buffers;
using System.IO.Pipelines;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;
using Pierre.Server.Errors;
using Pierre.Server.Mcp;

namespace Pierre.Server.Hosting;

/// <summary>
/// Enforces an endpoint's <c>RequestSizeLimit</c> with a 413 ProblemDetails, whatever the server and with or without a
/// Content-Length: a declared length over the limit is refused unread, and any other body is buffered up to the limit
/// (so a chunked upload is refused after limit + 1 bytes) before the endpoint sees it.
/// </summary>
internal sealed class RequestBodyLimitMiddleware(RequestDelegate next)
{
    private const int ExactReadBytes = 16 * 1024;

    public async Task InvokeAsync(HttpContext context)
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>()?.MaxRequestBodySize is not { } limit)
        {
            await next(context).ConfigureAwait(false);
            return;
        }

        if (context.Request.ContentLength > limit || await BufferWithinAsync(context.Request, limit, context.RequestAborted).ConfigureAwait(false) is not { } body)
        {
            await Problems.Create(StatusCodes.Status413PayloadTooLarge, $"the request body exceeds the limit of {ByteSizes.Describe(limit)}")
                .ExecuteAsync(context).ConfigureAwait(false);
            return;
        }

        await using (body.ConfigureAwait(false))
        {
            context.Request.Body = body;
            // Readers of the body's pipe (ASP.NET Core's JSON reading, which the MCP SDK uses) get the bytes as they are:
            // the pipe ASP.NET Core would otherwise make over the new stream costs a buffer and a copy per request.
            context.Features.Set<IRequestBodyPipeFeature>(new BufferedBodyPipe(body));
            await next(context).ConfigureAwait(false);
        }
    }

    private sealed class BufferedBodyPipe(MemoryStream body) : IRequestBodyPipeFeature
    {
        public PipeReader Reader { get; } = PipeReader.Create(new ReadOnlySequence<byte>(body.GetBuffer(), 0, (int)body.Length));
    }

    /// <summary>The whole body in memory, or null when it is longer than <paramref name="limit"/>.</summary>
    private static async Task<MemoryStream?> BufferWithinAsync(HttpRequest request, long limit, CancellationToken ct)
    {
        // Kestrel ends a body at its declared length (and fails a shorter one), so a small declared one is read in one
        // piece. A large declaration is not trusted with an allocation before its bytes arrive.
        if (request.ContentLength is { } declared && declared <= ExactReadBytes)
        {
            var exact = new byte[declared];
            await request.Body.ReadExactlyAsync(exact, ct).ConfigureAwait(false);
            return new MemoryStream(exact, 0, exact.Length, writable: false, publiclyVisible: true);
        }

        var buffer = new MemoryStream();
        var chunk = ArrayPool<byte>.Shared.Rent(ExactReadBytes);
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(chunk, ct).ConfigureAwait(false)) > 0)
            {
                if (buffer.Length + read > limit)
                {
                    await buffer.DisposeAsync().ConfigureAwait(false);
                    return null;
                }

                buffer.Write(chunk, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }

        buffer.Position = 0;
        return buffer;
    }
}
