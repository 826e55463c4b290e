using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using OpenIddict.Server;
using OpenIddict.Validation.AspNetCore;
using Pierre.Server.Configuration;
using Pierre.Server.Data;
using Pierre.Server.Usage;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace Pierre.Server.OAuthServer;

/// <summary>
/// Pierre as an OAuth 2.1 authorization server for remote MCP clients (OpenIddict): the code flow with PKCE (S256 only),
/// rotating refresh tokens, revocation, RFC 8414 metadata, RFC 7591 registration, and access tokens for <c>/mcp</c>.
/// </summary>
internal static class OAuthServerExtensions
{
    public const string AuthorizePath = "/oauth2/authorize";
    public const string TokenPath = "/oauth2/token";
    public const string RevokePath = "/oauth2/revoke";
    public const string RegisterPath = "/oauth2/register";
    public const string ConsentPath = "/oauth2/consent";

    public static readonly TimeSpan AccessTokenLifetime = TimeSpan.FromMinutes(15);
    public static readonly TimeSpan CodeLifetime = TimeSpan.FromMinutes(10);
    public static readonly TimeSpan RefreshTokenLifetime = TimeSpan.FromDays(30);

    /// <summary>The one resource (RFC 8707) Pierre's tokens are for: its <c>/mcp</c> endpoint under <c>BASE_URL</c>.</summary>
    public static Uri McpResource(ServerConfig config) => new(config.BaseUrl, "mcp");

    public static IServiceCollection AddPierreOAuthServer(this IServiceCollection services, ServerConfig config)
    {
        var resource = McpResource(config);
        services.AddOpenIddict()
            .AddCore(o => o.UseEntityFrameworkCore().UseDbContext<PierreDbContext>())
            .AddServer(o =>
            {
                o.SetIssuer(config.BaseUrl);
                // OpenIddict reads a path with a leading slash as a file URI on Linux: these are relative to the issuer.
                o.SetAuthorizationEndpointUris(AuthorizePath.TrimStart('/'))
                    .SetTokenEndpointUris(TokenPath.TrimStart('/'))
                    .SetRevocationEndpointUris(RevokePath.TrimStart('/'));
                o.AllowAuthorizationCodeFlow().AllowRefreshTokenFlow();
                o.RequireProofKeyForCodeExchange();
                o.Configure(options => options.CodeChallengeMethods.Remove(OpenIddict.Abstractions.OpenIddictConstants.CodeChallengeMethods.Plain));
                o.RegisterScopes(OAuthScopes.Read, OAuthScopes.Write);
                o.RegisterResources(resource.AbsoluteUri);
                o.SetAccessTokenLifetime(AccessTokenLifetime)
                    .SetAuthorizationCodeLifetime(CodeLifetime)
                    .SetRefreshTokenLifetime(RefreshTokenLifetime)
                    // A refresh token used twice is a stolen one: no grace period, every token of the grant is revoked.
                    .SetRefreshTokenReuseLeeway(null);
                o.DisableAccessTokenEncryption();
                // TLS ends at the proxy in front of a deployment (BASE_URL says https); Kestrel here sees plain http.
                o.UseAspNetCore().EnableAuthorizationEndpointPassthrough().DisableTransportSecurityRequirement();
                o.AddEventHandler<ValidateAuthorizationRequestContext>(b => b.UseScopedHandler<MetadataDocumentClients>()
                    .SetOrder(OpenIddictServerHandlers.Authentication.ValidateClientIdParameter.Descriptor.Order + 500)
                    .SetType(OpenIddictServerHandlerType.Custom));
                o.AddEventHandler<HandleRevocationRequestContext>(b => b.UseScopedHandler<AuditedRevocations>()
                    .SetOrder(OpenIddictServerHandlers.Revocation.RevokeToken.Descriptor.Order + 1)
                    .SetType(OpenIddictServerHandlerType.Custom));
                o.AddEventHandler<ValidateTokenContext>(b => b.UseScopedHandler<AuditedReuseRevocations>()
                    .AddFilter<OpenIddictServerHandlerFilters.RequireTokenStorageEnabled>()
                    .AddFilter<OpenIddictServerHandlerFilters.RequireTokenIdResolved>()
                    .SetOrder(OpenIddictServerHandlers.Protection.ValidateTokenEntry.Descriptor.Order - 1)
                    .SetType(OpenIddictServerHandlerType.Custom));
                o.AddEventHandler<HandleTokenRequestContext>(b => b.UseScopedHandler<ActiveAccountTokens>()
                    .SetOrder(OpenIddictServerHandlers.Exchange.AttachPrincipal.Descriptor.Order + 1)
                    .SetType(OpenIddictServerHandlerType.Custom));
                o.AddEventHandler<HandleConfigurationRequestContext>(b => b.UseInlineHandler(context =>
                    {
                        // BASE_URL, not the request: behind a TLS proxy the request says http and the proxy's port.
                        context.AuthorizationEndpoint = new Uri(config.BaseUrl, AuthorizePath.TrimStart('/'));
                        context.TokenEndpoint = new Uri(config.BaseUrl, TokenPath.TrimStart('/'));
                        context.RevocationEndpoint = new Uri(config.BaseUrl, RevokePath.TrimStart('/'));
                        context.JsonWebKeySetEndpoint = new Uri(config.BaseUrl, ".well-known/jwks");
                        context.Metadata["client_id_metadata_document_supported"] = true;
                        context.Metadata["registration_endpoint"] = new Uri(config.BaseUrl, RegisterPath.TrimStart('/')).AbsoluteUri;
                        // Tokens here act at /mcp; there is no OpenID Connect sign-in (no ID tokens to ask for).
                        context.Scopes.Remove(OpenIddict.Abstractions.OpenIddictConstants.Scopes.OpenId);
                        // Public clients (every MCP client on a user's machine) authenticate with PKCE alone.
                        context.TokenEndpointAuthenticationMethods.Add(OpenIddict.Abstractions.OpenIddictConstants.ClientAuthenticationMethods.None);
                        context.RevocationEndpointAuthenticationMethods.Add(OpenIddict.Abstractions.OpenIddictConstants.ClientAuthenticationMethods.None);
                        return default;
                    })
                    .SetOrder(int.MaxValue - 100)
                    .SetType(OpenIddictServerHandlerType.Custom));
            })
            .AddValidation(o =>
            {
                o.UseLocalServer();
                o.UseAspNetCore();
                o.AddAudiences(resource.AbsoluteUri);
                // A revoked grant, or a token revoked alone, is refused at once, not when it expires.
                o.EnableAuthorizationEntryValidation();
                o.EnableTokenEntryValidation();
            });
        services.AddSingleton<IConfigureOptions<OpenIddictServerOptions>, OAuthServerKeys.Setup>();
        services.AddScoped<OAuthGrants>();
        services.AddSingleton<ClientMetadataDocuments>();
        services.AddHttpClient(ClientMetadataDocuments.HttpClientName, c => c.DefaultRequestHeaders.Accept.ParseAdd("application/json"))
            .ConfigurePrimaryHttpMessageHandler(() => ClientMetadataDocuments.Handler(config));
        services.AddHttpContextAccessor();
        services.Replace(ServiceDescriptor.Singleton<Microsoft.AspNetCore.Authentication.IAuthenticationSchemeProvider, OAuthRequestSchemes>());
        services.AddAuthentication().AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, OAuthTokenAuthenticationHandler>(
            OAuthTokenAuthenticationHandler.SchemeName, null);
        return services;
    }

    public static IEndpointRouteBuilder MapPierreOAuthServer(this IEndpointRouteBuilder app)
    {
        app.MapMethods(AuthorizePath, [HttpMethods.Get, HttpMethods.Post], AuthorizeEndpoint.HandleAsync).AllowAnonymous().ExcludeFromDescription();
        app.MapPost(RegisterPath, ClientRegistration.RegisterAsync).AllowAnonymous().RequireRateLimiting(RateLimitPolicies.OAuthRegister)
            .WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(ClientRegistration.MaxBodyBytes)).ExcludeFromDescription();
        app.MapProtectedResourceMetadata();
        return app;
    }

    internal static string ValidationScheme => OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme;
}
