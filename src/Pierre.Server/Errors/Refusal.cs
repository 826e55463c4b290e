namespace Pierre.Server.Errors;

/// <summary>A refused request and the sentence the caller should read; REST maps it with <see cref="RefusalProblems"/>.</summary>
internal sealed record Refusal(RefusalKind Kind, string Detail)
{
    public static Refusal Invalid(string detail) => new(RefusalKind.Invalid, detail);

    public static Refusal Forbidden(string detail) => new(RefusalKind.Forbidden, detail);

    /// <summary>Also what another tenant's object answers, so that its existence is not revealed.</summary>
    public static Refusal NotFound(string what) => new(RefusalKind.NotFound, $"{what} not found");

    /// <summary>A missing object, with the whole sentence to say about it (what to do instead).</summary>
    public static Refusal Missing(string detail) => new(RefusalKind.NotFound, detail);

    public static Refusal Conflict(string detail) => new(RefusalKind.Conflict, detail);

    public static Refusal Unauthenticated(string detail) => new(RefusalKind.Unauthenticated, detail);

    public static Refusal NotConnected(string detail) => new(RefusalKind.NotConnected, detail);

    public static Refusal Precondition(string detail) => new(RefusalKind.Precondition, detail);
}
