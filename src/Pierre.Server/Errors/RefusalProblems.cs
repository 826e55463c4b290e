using Microsoft.AspNetCore.Http.HttpResults;

namespace Pierre.Server.Errors;

/// <summary>The REST edge of a <see cref="Refusal"/>: one ProblemDetails status per kind.</summary>
internal static class RefusalProblems
{
    public static ProblemHttpResult ToProblem(this Refusal refusal) => Problems.Create(
        refusal.Kind switch
        {
            RefusalKind.Unauthenticated => StatusCodes.Status401Unauthorized,
            RefusalKind.Forbidden => StatusCodes.Status403Forbidden,
            RefusalKind.NotFound => StatusCodes.Status404NotFound,
            RefusalKind.Conflict or RefusalKind.NotConnected => StatusCodes.Status409Conflict,
            RefusalKind.Precondition => StatusCodes.Status422UnprocessableEntity,
            RefusalKind.Invalid => StatusCodes.Status400BadRequest,
            _ => throw new ArgumentOutOfRangeException(nameof(refusal), refusal.Kind, "a refusal kind without a status"),
        },
        refusal.Detail);

    public static Results<Ok<T>, ProblemHttpResult> ToOk<T>(this Result<T> result)
        where T : class =>
        result.Value is { } value ? TypedResults.Ok(value) : result.Refusal!.ToProblem();

    /// <summary>204 when nothing was refused.</summary>
    public static Results<NoContent, ProblemHttpResult> ToNoContent(this Refusal? refusal) =>
        refusal is null ? TypedResults.NoContent() : refusal.ToProblem();
}
