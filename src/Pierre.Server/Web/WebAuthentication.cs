using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Pierre.Server.Auth;

namespace Pierre.Server.Web;

/// <summary>
/// The web UI's sign-in: an HttpOnly, SameSite=Lax cookie holding who signed in and their session, re-checked against
/// the live account on every request like a JWT. Only the UI's pages and <c>/ws</c> read it: the REST API and
/// <c>/mcp</c> never do, so no cross-site form can use a browser's session against them.
/// </summary>
internal static class WebAuthentication
{
    public const string Scheme = "PierreWeb";
    public const string CookieName = "pierre_session";

    public static ClaimsPrincipal Principal(WebSession session) => new(new ClaimsIdentity(
        [
            new Claim(PierreClaims.Subject, session.UserId.ToString()),
            new Claim(PierreClaims.TenantId, session.TenantId.ToString()),
            new Claim(PierreClaims.SessionId, session.SessionId.ToString()),
        ],
        Scheme,
        PierreClaims.Subject,
        PierreClaims.Role));

    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var live = context.HttpContext.RequestServices.GetRequiredService<LiveCredentials>();
        // Unlike an API credential, a suspended account's cookie does not linger to be told why: its session is over. A
        // pending one stays, for the page where it waits for its approval.
        if (context.Principal is null
            || await SessionAccount.AttachAsync(context.Principal, AuthMethods.WebSession, countsAgainstQuota: false, live, context.HttpContext.RequestAborted)
                .ConfigureAwait(false) is not null
            || context.Principal.FindFirstValue(PierreClaims.Status) is not (StatusNames.Active or StatusNames.Pending))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(Scheme).ConfigureAwait(false);
        }
    }
}
