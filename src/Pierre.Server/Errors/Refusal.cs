namespace Pierre.Server.Errors;

/// <summary>A refused request and the sentence the caller should read; REST maps it with <see cref="RefusalProblems"/>.</summary>
internal sealed record Refusal(RefusalKind Kind, string Detail)
{
    public static Refusal Invalid(string detail) => new(RefusalKind.Invalid, detail);

    public static Refusal Forbidden(string detail) => new(RefusalKind.Forbidden, detail);

    /// <summary>Also what another tenant's object answers, so that its existence is not revealed.</summary>
    public static Refusal NotFound(string what) => new(RefusalKind.NotFound, $"{what} not found");

    public static Refusal Conflict(string detail) => new(RefusalKind.Conflict, detail);
}
