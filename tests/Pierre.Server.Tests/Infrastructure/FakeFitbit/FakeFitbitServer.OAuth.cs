using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Pierre.Server.Tests.Infrastructure.FakeFitbit;

public sealed partial class FakeFitbitServer
{
    private void MapOAuth()
    {
        _app.MapGet("/oauth2/authorize", (Delegate)AuthorizeAsync);
        _app.MapPost("/oauth2/token", (Delegate)TokenAsync);
        _app.MapPost("/oauth2/revoke", (Delegate)RevokeAsync);
    }

    private async Task<IResult> AuthorizeAsync(HttpContext context)
    {
        Count(AuthorizeRoute);
        if (await FaultAsync(context) is { } fault)
        {
            return fault;
        }

        var query = context.Request.Query;
        string redirect = query["redirect_uri"].ToString(), state = query["state"].ToString();
        string? challenge = query["code_challenge"], method = query["code_challenge_method"];
        if (query["client_id"] != ClientId || query["response_type"] != "code" || !Uri.IsWellFormedUriString(redirect, UriKind.Absolute)
            || (challenge is not null && method != "S256"))
        {
            return Results.BadRequest("invalid authorize request");
        }

        if (DenyAuthorization)
        {
            return Results.Redirect(Callback(redirect, ("error", "access_denied"), ("state", state)));
        }

        var requested = query["scope"].ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var granted = requested.Where(s => GrantOnly is null || GrantOnly.Contains(s)).ToHashSet(StringComparer.Ordinal);
        var code = _tokens.NewCode(SignedInUser, granted, redirect, challenge);
        return Results.Redirect(Callback(redirect, ("code", code), ("state", state)));
    }

    private async Task<IResult> TokenAsync(HttpContext context)
    {
        Count(TokenRoute);
        if (await FaultAsync(context) is { } fault)
        {
            return fault;
        }

        if (!HasClientCredentials(context.Request))
        {
            return Results.Json(Errors("invalid_client", "Invalid authorization header. Client id invalid"), statusCode: 401);
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        FakeFitbitTokens.Grant? grant;
        switch (form["grant_type"].ToString())
        {
            case "authorization_code":
                grant = _tokens.RedeemCode(form["code"].ToString(), form["redirect_uri"], form["code_verifier"]);
                if (grant is null)
                {
                    return Results.Json(Errors("invalid_grant", $"Authorization code invalid: {form["code"]}"), statusCode: 400);
                }

                break;
            case "refresh_token":
                grant = _tokens.RedeemRefresh(form["refresh_token"].ToString());
                if (grant is null)
                {
                    return Results.Json(Errors("invalid_grant", $"Refresh token invalid: {form["refresh_token"]}"), statusCode: 400);
                }

                Interlocked.Increment(ref _refreshes);
                break;
            default:
                return Results.Json(Errors("unsupported_grant_type", "The grant type is not supported"), statusCode: 400);
        }

        var (access, refresh) = _tokens.Issue(grant, AccessTokenLifetime);
        return Results.Json(new Dictionary<string, object>
        {
            ["access_token"] = access,
            ["expires_in"] = (long)AccessTokenLifetime.TotalSeconds,
            ["refresh_token"] = refresh,
            ["scope"] = string.Join(' ', grant.Scopes.Order(StringComparer.Ordinal)),
            ["token_type"] = "Bearer",
            ["user_id"] = grant.UserId,
        });
    }

    private async Task<IResult> RevokeAsync(HttpContext context)
    {
        Count(RevokeRoute);
        if (await FaultAsync(context) is { } fault)
        {
            return fault;
        }

        if (!HasClientCredentials(context.Request))
        {
            return Results.Json(Errors("invalid_client", "Invalid authorization header. Client id invalid"), statusCode: 401);
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        _tokens.Revoke(form["token"].ToString());
        return Results.Json(new { });
    }

    private bool HasClientCredentials(HttpRequest request)
    {
        var expected = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{ClientId}:{ClientSecret}"));
        return request.Headers.Authorization.ToString() == expected;
    }

    /// <summary>Fitbit's callback carries a <c>#_=_</c> fragment, which browsers keep and servers never see.</summary>
    private static string Callback(string redirect, params (string Name, string Value)[] parameters)
    {
        var separator = redirect.Contains('?', StringComparison.Ordinal) ? '&' : '?';
        return redirect + separator + string.Join('&', parameters.Select(p => $"{p.Name}={Uri.EscapeDataString(p.Value)}")) + "#_=_";
    }
}
