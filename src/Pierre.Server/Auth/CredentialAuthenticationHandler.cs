using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Pierre.Server.Admin;
using Pierre.Server.ApiKeys;
using Pierre.Server.Data;
using Pierre.Server.Security;

namespace Pierre.Server.Auth;

/// <summary>
/// Authenticates API keys (<c>Authorization: Bearer pk_…</c> or the seed's <c>X-API-Key: pk_…</c>) and admin tokens
/// (<c>Bearer pat_…</c>) by their SHA-256. Revoked or expired credentials fail; a suspended owner still authenticates
/// so that authorization can answer 403 with the reason.
/// </summary>
internal sealed class CredentialAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    ScopedDb db,
    TimeProvider clock,
    AdminTokenUseRecorder adminTokenUse,
    ApiKeyAuthenticator apiKeys)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "PierreCredential";
    public const string ApiKeyHeader = "X-API-Key";

    public static string? PresentedCredential(HttpRequest request)
    {
        var header = request.Headers[ApiKeyHeader].ToString();
        if (header.Length > 0)
        {
            return header.Trim();
        }

        var authorization = request.Headers.Authorization.ToString();
        return authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? authorization[7..].Trim() : null;
    }

    public static bool IsCredential(string? value) =>
        value is not null && (value.StartsWith(ApiKeyFormat.LivePrefix, StringComparison.Ordinal)
                              || value.StartsWith(ApiKeyFormat.TrialPrefix, StringComparison.Ordinal)
                              || value.StartsWith(AdminTokenFormat.Prefix, StringComparison.Ordinal));

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var presented = PresentedCredential(Request);
        if (presented is null)
        {
            return AuthenticateResult.NoResult();
        }

        if (!IsCredential(presented))
        {
            return Refused("the credential is not an API key (pk_...) nor an admin token (pat_...)");
        }

        return presented.StartsWith(AdminTokenFormat.Prefix, StringComparison.Ordinal)
            ? await AuthenticateAdminTokenAsync(SecretTokens.Hash(presented), clock.GetUtcNow().UtcDateTime).ConfigureAwait(false)
            : await AuthenticateApiKeyAsync(presented).ConfigureAwait(false);
    }

    private async Task<AuthenticateResult> AuthenticateApiKeyAsync(string presented)
    {
        var check = await apiKeys.CheckAsync(presented, SchemeName, Context.RequestAborted).ConfigureAwait(false);
        return check.Principal is { } principal
            ? AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName))
            : Refused(check.Refusal!);
    }

    private async Task<AuthenticateResult> AuthenticateAdminTokenAsync(string hash, DateTime now)
    {
        var token = await db.Context.AdminTokens.AsNoTracking().SingleOrDefaultAsync(t => t.TokenHash == hash, Context.RequestAborted).ConfigureAwait(false);
        if (token is null || !SecretTokens.HashesMatch(hash, token.TokenHash))
        {
            return Refused("the admin token is not valid");
        }

        if (token.RevokedAt is not null || token.ExpiresAt is { } expires && expires <= now)
        {
            return Refused(token.RevokedAt is not null ? "the admin token was revoked" : "the admin token expired");
        }

        var claims = new List<Claim>
        {
            new(PierreClaims.Subject, $"admin-token:{token.Id}"),
            new(PierreClaims.Role, token.IsSuperAdmin ? RoleNames.SuperAdmin : RoleNames.Admin),
            new(PierreClaims.Status, StatusNames.Active),
            new(PierreClaims.AuthMethod, AuthMethods.AdminToken),
            new(PierreClaims.AdminTokenId, token.Id.ToString()),
        };
        claims.AddRange(AdminTokenFormat.ParsePermissions(token.Permissions).Select(p => new Claim(PierreClaims.Permission, p)));
        await adminTokenUse.RecordAsync(token.Id, $"{Request.Method} {Request.Path}", now, Context.RequestAborted).ConfigureAwait(false);
        return Success(new ClaimsIdentity(claims, SchemeName, PierreClaims.Subject, PierreClaims.Role));
    }

    /// <summary>A presented credential that does not work: the challenge says why (RFC 6750 <c>invalid_token</c>).</summary>
    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        if ((await HandleAuthenticateOnceSafeAsync().ConfigureAwait(false)).Failure is RefusedCredentialException refused)
        {
            Response.Headers.WWWAuthenticate = $"Bearer error=\"invalid_token\", error_description=\"{refused.Message}\"";
        }

        await base.HandleChallengeAsync(properties).ConfigureAwait(false);
    }

    private static AuthenticateResult Refused(string reason) => AuthenticateResult.Fail(new RefusedCredentialException(reason));

    private static AuthenticateResult Success(ClaimsIdentity identity) =>
        AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
}
