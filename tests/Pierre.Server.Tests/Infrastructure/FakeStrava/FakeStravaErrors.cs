using Microsoft.AspNetCore.Http;

namespace Pierre.Server.Tests.Infrastructure.FakeStrava;

/// <summary>Strava's error bodies, verbatim in shape.</summary>
internal static class FakeStravaErrors
{
    public static IResult InvalidAccessToken() =>
        Error(401, "Authorization Error", "Athlete", "access_token", "invalid");

    public static IResult MissingScope(string scope) =>
        Error(401, "Authorization Error", "AccessToken", $"{scope}_permission", "missing");

    public static IResult InvalidRefreshToken() => Error(400, "Bad Request", "RefreshToken", "refresh_token", "invalid");

    public static IResult InvalidCode() => Error(400, "Bad Request", "AuthorizationCode", "code", "invalid");

    public static IResult InvalidClient() => Error(401, "Authorization Error", "Application", "client_id", "invalid");

    public static IResult InvalidField(string field) => Error(400, "Bad Request", "Application", field, "invalid");

    public static IResult RecordNotFound(string resource) => Error(404, "Record Not Found", resource, "id", "invalid");

    public static IResult RateLimitExceeded() => Error(429, "Rate Limit Exceeded", "Application", "rate limit", "exceeded");

    private static IResult Error(int status, string message, string resource, string field, string code) =>
        Results.Json(new { message, errors = new[] { new { resource, field, code } } }, statusCode: status);
}
