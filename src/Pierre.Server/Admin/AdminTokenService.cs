using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Pierre.Server.Data;
using Pierre.Server.Data.Entities;
using Pierre.Server.Security;

namespace Pierre.Server.Admin;

/// <summary>Deployment-wide admin tokens, for the REST API and the <c>admin token create</c> command.</summary>
internal sealed class AdminTokenService(PierreDbContext db, TimeProvider clock)
{
    public async Task<(CreatedAdminToken? Token, string? Problem)> CreateAsync(
        ClaimsPrincipal? caller, CreateAdminTokenRequest request, CancellationToken ct)
    {
        var name = request.Name?.Trim();
        if (string.IsNullOrEmpty(name) || name.Length > 200)
        {
            return (null, "name is required (at most 200 characters)");
        }

        var permissions = (request.Permissions ?? []).Select(p => p.Trim()).Where(p => p.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        var unknown = permissions.Where(p => !AdminAccess.All.Contains(p)).ToList();
        if (unknown.Count > 0)
        {
            return (null, $"unknown permission(s) {string.Join(", ", unknown)}; known: {string.Join(", ", AdminAccess.All.Order())}");
        }

        var superAdmin = request.IsSuperAdmin ?? false;
        if (permissions.Count == 0 && !superAdmin)
        {
            return (null, "give at least one permission, or is_super_admin");
        }

        if (request.ExpiresInDays is < 1 or > 3650)
        {
            return (null, "expires_in_days must be between 1 and 3650");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var (token, prefix) = AdminTokenFormat.New();
        var entity = new AdminToken
        {
            Id = Guid.CreateVersion7(),
            Name = name,
            TokenHash = SecretTokens.Hash(token),
            TokenPrefix = prefix,
            Permissions = string.Join(',', permissions),
            IsSuperAdmin = superAdmin,
            CreatedAt = now,
            ExpiresAt = request.ExpiresInDays is { } days ? now.AddDays(days) : null,
        };
        db.AdminTokens.Add(entity);
        db.Record(caller, "admin_token.created", null, "admin_token", entity.Id.ToString(), now, $"permissions={entity.Permissions}");
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return (new CreatedAdminToken(entity.Id, name, token, prefix, permissions, superAdmin, entity.ExpiresAt), null);
    }

    public async Task<List<AdminTokenView>> ListAsync(CancellationToken ct)
    {
        var tokens = await db.AdminTokens.AsNoTracking().OrderBy(t => t.CreatedAt).ToListAsync(ct).ConfigureAwait(false);
        return [.. tokens.Select(t => new AdminTokenView(
            t.Id, t.Name, t.TokenPrefix, AdminTokenFormat.ParsePermissions(t.Permissions), t.IsSuperAdmin, t.CreatedAt, t.ExpiresAt, t.RevokedAt, t.LastUsedAt))];
    }

    public async Task<bool> RevokeAsync(ClaimsPrincipal caller, Guid id, CancellationToken ct)
    {
        var token = await db.AdminTokens.SingleOrDefaultAsync(t => t.Id == id, ct).ConfigureAwait(false);
        if (token is null)
        {
            return false;
        }

        if (token.RevokedAt is null)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            token.RevokedAt = now;
            db.Record(caller, "admin_token.revoked", null, "admin_token", token.Id.ToString(), now);
            await db.SaveChangesAsync(ct).ConfigureAwait(false);
        }

        return true;
    }
}
