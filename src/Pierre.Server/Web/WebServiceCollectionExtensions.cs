using Microsoft.AspNetCore.Authentication.Cookies;
using Pierre.Server.Auth;
using Pierre.Server.Configuration;

namespace Pierre.Server.Web;

internal static class WebServiceCollectionExtensions
{
    /// <summary>The web UI: Razor components rendered on the server, signed in with a cookie session.</summary>
    public static IServiceCollection AddPierreWeb(this IServiceCollection services, ServerConfig config)
    {
        services.AddRazorComponents();
        services.AddAuthentication().AddCookie(WebAuthentication.Scheme, o =>
        {
            o.Cookie.Name = WebAuthentication.CookieName;
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = config.BaseUrl.Scheme == Uri.UriSchemeHttps ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
            o.ExpireTimeSpan = TimeSpan.FromHours(config.JwtExpiryHours);
            o.SlidingExpiration = true;
            o.LoginPath = "/login";
            o.LogoutPath = "/logout";
            o.AccessDeniedPath = "/";
            o.Events.OnValidatePrincipal = WebAuthentication.ValidateAsync;
        });
        services.AddAuthorizationBuilder().AddPolicy(Policies.WebUser, p => p
            .AddAuthenticationSchemes(WebAuthentication.Scheme)
            .RequireAuthenticatedUser()
            .RequireClaim(PierreClaims.Status, StatusNames.Active))
            .AddPolicy(Policies.WebSignedIn, p => p
                .AddAuthenticationSchemes(WebAuthentication.Scheme)
                .RequireAuthenticatedUser())
            .AddPolicy(Policies.WebAdmin, p => p
                .AddAuthenticationSchemes(WebAuthentication.Scheme)
                .RequireAuthenticatedUser()
                .RequireClaim(PierreClaims.Status, StatusNames.Active)
                .RequireClaim(PierreClaims.Role, RoleNames.Admin, RoleNames.SuperAdmin));
        services.AddSingleton<WebAssets>();
        return services;
    }
}
