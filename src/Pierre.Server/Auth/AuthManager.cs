using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Pierre.Server.Configuration;
using Pierre.Server.Data.Entities;
using Pierre.Server.Security;

namespace Pierre.Server.Auth;

/// <summary>
/// The seed's <c>AuthManager</c>: HS256 access tokens signed with the 64-byte secret, lifetime <c>JWT_EXPIRY_HOURS</c>.
/// Validation accepts HS256 only, so <c>alg: none</c> and algorithm confusion are refused.
/// </summary>
internal sealed class AuthManager(JwtSigningSecret secret, ServerConfig config, TimeProvider clock)
{
    public const string Issuer = "pierre";
    public const string Audience = "pierre-api";
    private readonly SymmetricSecurityKey _key = new(secret.Value.ToArray());
    private readonly JsonWebTokenHandler _handler = new() { SetDefaultTimesOnTokenCreation = false };

    public TimeSpan Lifetime => TimeSpan.FromHours(config.JwtExpiryHours);

    public string Issue(User user, Guid sessionId)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return _handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Audience,
            IssuedAt = now,
            NotBefore = now,
            Expires = now + Lifetime,
            Claims = new Dictionary<string, object>
            {
                [PierreClaims.Subject] = user.Id.ToString(),
                [PierreClaims.TenantId] = user.TenantId.ToString(),
                [PierreClaims.Role] = RoleNames.Of(user.Role),
                [PierreClaims.SessionId] = sessionId.ToString(),
                [JwtRegisteredClaimNames.Jti] = Guid.NewGuid().ToString("N"),
            },
            SigningCredentials = new SigningCredentials(_key, SecurityAlgorithms.HmacSha256),
        });
    }

    public TokenValidationParameters ValidationParameters => new()
    {
        ValidIssuer = Issuer,
        ValidAudience = Audience,
        IssuerSigningKey = _key,
        ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
        RequireSignedTokens = true,
        RequireExpirationTime = true,
        ValidateLifetime = true,
        ClockSkew = TimeSpan.FromSeconds(30),
        NameClaimType = PierreClaims.Subject,
        RoleClaimType = PierreClaims.Role,
        LifetimeValidator = (notBefore, expires, _, parameters) =>
        {
            var now = clock.GetUtcNow().UtcDateTime;
            return expires is { } exp && now <= exp + parameters.ClockSkew && (notBefore is not { } nbf || now >= nbf - parameters.ClockSkew);
        },
    };

    public static Guid? UserId(ClaimsPrincipal principal) =>
        Guid.TryParse(principal.FindFirstValue(PierreClaims.Subject), out var id) ? id : null;
}
