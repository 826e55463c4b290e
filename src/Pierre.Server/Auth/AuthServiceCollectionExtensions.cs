using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Pierre.Server.Admin;
using Pierre.Server.ApiKeys;
using Pierre.Server.Data.Entities;

namespace Pierre.Server.Auth;

internal static class AuthServiceCollectionExtensions
{
    private const string SelectorScheme = "Pierre";

    /// <summary>One auth model for REST and MCP: JWTs, API keys (Bearer or X-API-Key) and admin tokens.</summary>
    public static IServiceCollection AddPierreAuth(this IServiceCollection services)
    {
        services.AddSingleton<AuthManager>();
        services.AddScoped<AuthService>();
        services.AddScoped<RefreshTokenService>();
        services.AddScoped<ApiKeyAuthenticator>();
        services.AddScoped<BearerAuthenticator>();
        services.AddMemoryCache();
        services.AddScoped<LiveCredentials>();
        services.AddScoped<CallerCheck>();
        services.AddScoped<CallerResolver>();
        services.AddScoped<AdminTokenUseRecorder>();
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, ProblemAuthorizationResultHandler>();

        services.AddAuthentication(SelectorScheme)
            .AddPolicyScheme(SelectorScheme, "JWT, API key or admin token", o => o.ForwardDefaultSelector = context =>
                CredentialAuthenticationHandler.IsCredential(CredentialAuthenticationHandler.PresentedCredential(context.Request))
                    || context.Request.Headers.ContainsKey(CredentialAuthenticationHandler.ApiKeyHeader)
                    ? CredentialAuthenticationHandler.SchemeName
                    : JwtBearerDefaults.AuthenticationScheme)
            .AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, CredentialAuthenticationHandler>(
                CredentialAuthenticationHandler.SchemeName, null)
            .AddJwtBearer();
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<AuthManager>((o, auth) =>
            {
                o.MapInboundClaims = false;
                // The challenge would otherwise tell anyone holding a token when it expired or why it failed.
                o.IncludeErrorDetails = false;
                o.TokenValidationParameters = auth.ValidationParameters;
                o.Events = new JwtBearerEvents { OnTokenValidated = AttachCurrentAccountAsync };
            });

        // An agent's key calls tools and nothing else: it could otherwise create an unrestricted key for its owner.
        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.ToolCaller, p => p.RequireAuthenticatedUser().RequireClaim(PierreClaims.Status, StatusNames.Active))
            .AddPolicy(Policies.ActiveUser, p => p.RequireAuthenticatedUser().RequireClaim(PierreClaims.Status, StatusNames.Active).RequireAssertion(NotAnAgent))
            .AddPolicy(Policies.Admin, p => p.RequireAuthenticatedUser().RequireClaim(PierreClaims.Status, StatusNames.Active).RequireAssertion(NotAnAgent)
                .RequireClaim(PierreClaims.Role, RoleNames.Admin, RoleNames.SuperAdmin))
            .AddPolicy(Policies.SuperAdmin, p => p.RequireAuthenticatedUser().RequireClaim(PierreClaims.Status, StatusNames.Active).RequireAssertion(NotAnAgent)
                .RequireClaim(PierreClaims.Role, RoleNames.SuperAdmin));
        return services;
    }

    private static bool NotAnAgent(AuthorizationHandlerContext context) => !context.User.HasClaim(c => c.Type == PierreClaims.AgentId);

    /// <summary>
    /// A JWT says who signed in; the live account state says whether they still may: status, role and plan come from
    /// <see cref="LiveCredentials"/> (cached for seconds, so no query per request), and a token of an ended session
    /// (sign-out, password change, suspension, refresh reuse) is refused.
    /// </summary>
    private static async Task AttachCurrentAccountAsync(TokenValidatedContext context)
    {
        var principal = context.Principal!;
        var live = context.HttpContext.RequestServices.GetRequiredService<LiveCredentials>();
        var ct = context.HttpContext.RequestAborted;
        var account = AuthManager.UserId(principal) is { } userId ? await live.AccountAsync(userId, ct).ConfigureAwait(false) : null;
        if (account is null || account.TenantId.ToString() != principal.FindFirstValue(PierreClaims.TenantId))
        {
            context.Fail("the token's user no longer exists");
            return;
        }

        // A suspended account's token still authenticates, so that authorization answers 403 with the reason.
        if (account.Status == UserStatus.Active && Guid.TryParse(principal.FindFirstValue(PierreClaims.SessionId), out var session)
            && await live.SessionEndedAsync(session, ct).ConfigureAwait(false))
        {
            context.Fail("the session was ended");
            return;
        }

        var identity = (ClaimsIdentity)principal.Identity!;
        foreach (var stale in identity.FindAll(PierreClaims.Role).ToList())
        {
            identity.RemoveClaim(stale);
        }

        identity.AddClaim(new Claim(PierreClaims.Role, RoleNames.Of(account.Role)));
        identity.AddClaim(new Claim(PierreClaims.Status, RoleNames.Of(account.Status)));
        identity.AddClaim(new Claim(PierreClaims.AuthMethod, AuthMethods.Jwt));
        identity.AddClaim(new Claim(PierreClaims.Tier, RoleNames.Of(TierPolicy.ForPlan(account.Plan))));
    }
}
