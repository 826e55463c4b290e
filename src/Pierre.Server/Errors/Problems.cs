using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Pierre.Server.Errors;

/// <summary>RFC 7807 answers with a stable <c>code</c>; <see cref="AddPierreProblemDetails"/> adds it to the framework's own.</summary>
internal static class Problems
{
    public static ProblemHttpResult Create(int status, string detail) =>
        TypedResults.Problem(new ProblemDetails
        {
            Status = status,
            Title = ReasonPhrase(status),
            Detail = detail,
            Extensions = { ["code"] = ErrorCode.ForStatus(status) },
        });

    public static ProblemHttpResult BadRequest(string detail) => Create(StatusCodes.Status400BadRequest, detail);

    public static ProblemHttpResult NotFound(string what) => Create(StatusCodes.Status404NotFound, $"{what} not found");

    public static ProblemHttpResult Conflict(string detail) => Create(StatusCodes.Status409Conflict, detail);

    public static ProblemHttpResult Unauthorized(string detail) => Create(StatusCodes.Status401Unauthorized, detail);

    public static ProblemHttpResult Forbidden(string detail) => Create(StatusCodes.Status403Forbidden, detail);

    public static IServiceCollection AddPierreProblemDetails(this IServiceCollection services)
    {
        // Outside Development a body that cannot be bound is a bare 400; thrown, it reaches the handler that says why.
        services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddExceptionHandler<ClientAbortExceptionHandler>();
        services.AddExceptionHandler<BadRequestExceptionHandler>();
        return services.AddProblemDetails(o => o.CustomizeProblemDetails = context =>
        {
            var status = context.ProblemDetails.Status ?? context.HttpContext.Response.StatusCode;
            context.ProblemDetails.Extensions.TryAdd("code", ErrorCode.ForStatus(status));
            context.ProblemDetails.Extensions["request_id"] = context.HttpContext.TraceIdentifier;
            if (status >= 500)
            {
                // Nothing internal reaches a client: no exception text, no stack trace.
                context.ProblemDetails.Detail = "An internal error occurred; quote the request_id when reporting it.";
                context.ProblemDetails.Extensions.Remove("exception");
            }
        });
    }

    private static string ReasonPhrase(int status) => Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(status);
}
