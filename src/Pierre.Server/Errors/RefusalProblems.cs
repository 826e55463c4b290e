using Microsoft.AspNetCore.Http.HttpResults;

namespace Pierre.Server.Errors;

/// <summary>The REST edge of a <see cref="Refusal"/>: one ProblemDetails status per kind.</summary>
internal static class RefusalProblems
{
    public static ProblemHttpResult ToProblem(this Refusal refusal) => Problems.Create(
        refusal.Kind switch
        {
            RefusalKind.Forbidden => StatusCodes.Status403Forbidden,
            RefusalKind.NotFound => StatusCodes.Status404NotFound,
            RefusalKind.Conflict => StatusCodes.Status409Conflict,
            _ => StatusCodes.Status400BadRequest,
        },
        refusal.Detail);
}
