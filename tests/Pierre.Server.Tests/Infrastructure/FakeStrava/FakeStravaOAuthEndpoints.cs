using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;

namespace Pierre.Server.Tests.Infrastructure.FakeStrava;

/// <summary>Strava's consent redirect, token endpoint (code and refresh grants) and deauthorize.</summary>
internal static class FakeStravaOAuthEndpoints
{
    public static void Map(WebApplication app, FakeStravaServer server)
    {
        app.MapGet("/oauth/authorize", (HttpRequest request) => Authorize(server, request))
            .AddEndpointFilter(FakeStravaGate.For(server, FakeStravaRoutes.Authorize, api: false));
        app.MapPost("/oauth/token", async (HttpRequest request) => Token(server, await FieldsAsync(request)))
            .AddEndpointFilter(FakeStravaGate.For(server, FakeStravaRoutes.Token, api: false));
        app.MapPost("/oauth/deauthorize", async (HttpRequest request) => Deauthorize(server, request, await FieldsAsync(request)))
            .AddEndpointFilter(FakeStravaGate.For(server, FakeStravaRoutes.Deauthorize, api: false));
    }

    private static IResult Authorize(FakeStravaServer server, HttpRequest request)
    {
        var query = request.Query;
        if (query["client_id"] != server.ClientId)
        {
            return FakeStravaErrors.InvalidField("client_id");
        }

        if (query["response_type"] != "code" || !Uri.TryCreate(query["redirect_uri"], UriKind.Absolute, out var redirect))
        {
            return FakeStravaErrors.InvalidField(query["response_type"] != "code" ? "response_type" : "redirect_uri");
        }

        var state = query["state"].ToString();
        if (server.DenyAuthorization)
        {
            return Results.Redirect(QueryHelpers.AddQueryString(redirect.AbsoluteUri, new Dictionary<string, string?> { ["state"] = state, ["error"] = "access_denied" }));
        }

        var asked = query["scope"].ToString().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var granted = asked.Where(s => server.GrantOnly is null || server.GrantOnly.Contains(s)).ToHashSet(StringComparer.Ordinal);
        var code = server.Tokens.IssueCode(granted);
        return Results.Redirect(QueryHelpers.AddQueryString(
            redirect.AbsoluteUri,
            new Dictionary<string, string?> { ["state"] = state, ["code"] = code, ["scope"] = string.Join(',', granted) }));
    }

    private static IResult Token(FakeStravaServer server, IReadOnlyDictionary<string, StringValues> fields)
    {
        var grantType = Field(fields, "grant_type");
        if (grantType == "refresh_token")
        {
            server.CountRefresh();
        }
        else if (grantType == "authorization_code")
        {
            server.CountExchange();
        }

        if (Field(fields, "client_id") != server.ClientId || Field(fields, "client_secret") != server.ClientSecret)
        {
            return FakeStravaErrors.InvalidClient();
        }

        var lifetime = server.AccessTokenLifetime;
        switch (grantType)
        {
            case "authorization_code":
                return server.Tokens.Redeem(Field(fields, "code"), lifetime) is { } issued
                    ? Results.Json(Answer(server, issued, server.Athlete), FakeStravaGate.Json)
                    : FakeStravaErrors.InvalidCode();
            case "refresh_token":
                return server.Tokens.Refresh(Field(fields, "refresh_token"), lifetime, server.RotateRefreshTokens) is { } refreshed
                    ? Results.Json(Answer(server, refreshed, athlete: null), FakeStravaGate.Json)
                    : FakeStravaErrors.InvalidRefreshToken();
            default:
                return FakeStravaErrors.InvalidField("grant_type");
        }
    }

    private static IResult Deauthorize(FakeStravaServer server, HttpRequest request, IReadOnlyDictionary<string, StringValues> fields)
    {
        var bearer = request.Headers.Authorization.ToString();
        var token = Field(fields, "access_token") is { Length: > 0 } field ? field
            : bearer.StartsWith("Bearer ", StringComparison.Ordinal) ? bearer["Bearer ".Length..] : "";
        if (server.Tokens.Validate(token) is null)
        {
            return FakeStravaErrors.InvalidAccessToken();
        }

        server.Tokens.RevokeAll();
        return Results.Json(new { access_token = token });
    }

    private static object Answer(FakeStravaServer server, FakeStravaTokens.Grant issued, FakeStravaAthlete? athlete) => new
    {
        token_type = "Bearer",
        expires_at = issued.ExpiresAt.ToUnixTimeSeconds(),
        expires_in = (long)(issued.ExpiresAt - server.Clock.GetUtcNow()).TotalSeconds,
        refresh_token = issued.RefreshToken,
        access_token = issued.AccessToken,
        athlete,
    };

    /// <summary>Strava reads the parameters from the form or, as many clients send them, from the query string.</summary>
    private static async Task<IReadOnlyDictionary<string, StringValues>> FieldsAsync(HttpRequest request)
    {
        var fields = request.Query.ToDictionary(q => q.Key, q => q.Value, StringComparer.Ordinal);
        if (request.HasFormContentType)
        {
            foreach (var (key, value) in await request.ReadFormAsync(request.HttpContext.RequestAborted))
            {
                fields[key] = value;
            }
        }

        return fields;
    }

    private static string Field(IReadOnlyDictionary<string, StringValues> fields, string name) =>
        fields.TryGetValue(name, out var value) ? value.ToString() : "";
}
