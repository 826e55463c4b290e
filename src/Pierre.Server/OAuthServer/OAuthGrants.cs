using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using OpenIddict.Abstractions;
using OpenIddict.EntityFrameworkCore.Models;
using Pierre.Server.Admin;
using Pierre.Server.Auth;
using Pierre.Server.Data;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Pierre.Server.OAuthServer;

/// <summary>A person's consent to a client: who, which client, which scopes, since when.</summary>
internal sealed record OAuthGrantView(string Id, Guid UserId, string? Email, string ClientId, string ClientName, string Scopes, DateTime? GrantedAt);

/// <summary>
/// The OAuth grants behind remote assistants: a person sees and revokes their own (every token of the grant stops at
/// once); an admin sees the grants of their tenant, the super-admin every tenant's. Each revocation is audited.
/// </summary>
internal sealed class OAuthGrants(PierreDbContext db, IOpenIddictAuthorizationManager authorizations, IOpenIddictTokenManager tokens, TimeProvider clock)
{
    public Task<List<OAuthGrantView>> ForUserAsync(Guid userId, CancellationToken ct) => ListAsync(userId.ToString(), tenantId: null, ct);

    /// <summary>The grants an admin may see, or null when the caller sees no tenant's users.</summary>
    public async Task<List<OAuthGrantView>?> ForAdminAsync(ClaimsPrincipal admin, CancellationToken ct) =>
        !AdminAccess.Allows(admin, AdminAccess.ManageUsers) ? null
        : AdminAccess.TenantScope(admin) is { } tenantId ? await ListAsync(subject: null, tenantId, ct).ConfigureAwait(false)
        : AdminAccess.IsSuperAdmin(admin) ? await ListAsync(subject: null, tenantId: null, ct).ConfigureAwait(false)
        : null;

    /// <summary>Revokes one of the user's own grants and every token issued under it; false when it is not theirs.</summary>
    public async Task<bool> RevokeOwnAsync(ClaimsPrincipal person, string grantId, CancellationToken ct)
    {
        if (AuthManager.UserId(person) is not { } userId
            || await authorizations.FindByIdAsync(grantId, ct).ConfigureAwait(false) is not { } grant
            || await authorizations.GetSubjectAsync(grant, ct).ConfigureAwait(false) != userId.ToString())
        {
            return false;
        }

        await authorizations.TryRevokeAsync(grant, ct).ConfigureAwait(false);
        await tokens.RevokeByAuthorizationIdAsync(grantId, ct).ConfigureAwait(false);
        var tenantId = Guid.TryParse(person.FindFirstValue(PierreClaims.TenantId), out var tenant) ? tenant : (Guid?)null;
        db.Record(person, "oauth.revoke", tenantId, "oauth_grant", grantId, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return true;
    }

    private async Task<List<OAuthGrantView>> ListAsync(string? subject, Guid? tenantId, CancellationToken ct)
    {
        // Subjects are user ids as text; the tenant's users are listed first so that the database filters the grants.
        List<string>? subjects = subject is not null ? [subject]
            : tenantId is { } tenant ? [.. (await db.Users.AsNoTracking().Where(u => u.TenantId == tenant).Select(u => u.Id).ToListAsync(ct).ConfigureAwait(false)).Select(id => id.ToString())]
            : null;
        var grants = await db.Set<OpenIddictEntityFrameworkCoreAuthorization>().AsNoTracking()
            .Where(a => a.Status == Statuses.Valid && (subjects == null || subjects.Contains(a.Subject!)))
            .OrderByDescending(a => a.CreationDate)
            .Select(a => new { a.Id, a.Subject, a.Scopes, a.CreationDate, a.Application!.ClientId, a.Application.DisplayName })
            .ToListAsync(ct).ConfigureAwait(false);
        var userIds = grants.Select(g => Guid.TryParse(g.Subject, out var id) ? id : Guid.Empty).Distinct().ToList();
        var emails = (await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id)).Select(u => new { u.Id, u.Email }).ToListAsync(ct).ConfigureAwait(false))
            .ToDictionary(u => u.Id.ToString(), u => u.Email);
        return [.. grants.Where(g => emails.ContainsKey(g.Subject ?? string.Empty)).Select(g => new OAuthGrantView(
            g.Id!, Guid.Parse(g.Subject!), emails[g.Subject!], g.ClientId ?? "?", g.DisplayName ?? g.ClientId ?? "?",
            string.Join(' ', System.Text.Json.JsonSerializer.Deserialize<string[]>(g.Scopes ?? "[]") ?? []), g.CreationDate))];
    }
}
