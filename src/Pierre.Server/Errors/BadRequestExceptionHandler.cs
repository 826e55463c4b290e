using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Pierre.Server.Errors;

/// <summary>
/// Turns the framework's <see cref="BadHttpRequestException"/> (a body that cannot be read or bound) into a
/// ProblemDetails that says what to fix; its own message names parameter types, so it never reaches the client.
/// </summary>
internal sealed class BadRequestExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException bad)
        {
            return false;
        }

        var detail = bad.InnerException is JsonException json
            ? JsonProblems.Describe(json)
            : bad.StatusCode switch
            {
                StatusCodes.Status415UnsupportedMediaType => "the request body must be JSON, sent with Content-Type: application/json",
                StatusCodes.Status413PayloadTooLarge => "the request body is too large",
                _ => "a required value is missing or cannot be read: check the JSON body, the route and the query string",
            };
        httpContext.Response.StatusCode = bad.StatusCode;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = new ProblemDetails { Status = bad.StatusCode, Detail = detail },
        }).ConfigureAwait(false);
    }
}
