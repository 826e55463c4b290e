using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Pierre.Server.Admin;

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
            .AddPolicyScheme(SelectorScheme, "JWT, API key, admin token or OAuth access token", o => o.ForwardDefaultSelector = context =>
            {
                var presented = CredentialAuthenticationHandler.PresentedCredential(context.Request);
                return CredentialAuthenticationHandler.IsCredential(presented) || context.Request.Headers.ContainsKey(CredentialAuthenticationHandler.ApiKeyHeader)
                    ? CredentialAuthenticationHandler.SchemeName
                    : OAuthServer.OAuthAccessTokens.IsAccessToken(presented) ? OAuthServer.OAuthTokenAuthenticationHandler.SchemeName
                    : JwtBearerDefaults.AuthenticationScheme;
            })
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

    private static async Task AttachCurrentAccountAsync(TokenValidatedContext context)
    {
        var live = context.HttpContext.RequestServices.GetRequiredService<LiveCredentials>();
        if (await SessionAccount.AttachAsync(context.Principal!, AuthMethods.Jwt, countsAgainstQuota: true, live, context.HttpContext.RequestAborted).ConfigureAwait(false) is { } failure)
        {
            context.Fail(failure);
        }
    }
}
