using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Pierre.Server.ApiKeys;
using Pierre.Server.Auth;
using Pierre.Server.Connections;
using Pierre.Server.Data;
using Pierre.Server.Data.Entities;
using Pierre.Server.Security;

namespace Pierre.Server.Mcp.Transports;

/// <summary>
/// The person running Pierre on their own machine over stdio: created on first use in the default tenant, active,
/// with the synthetic provider connected, so one person needs no set-up at all.
/// </summary>
internal sealed class LocalOwner(PierreDbContext db, IPasswordHasher<User> hasher, ConnectionService connections, TimeProvider clock)
{
    public const string Email = "owner@pierre.local";
    public const string AuthenticationType = "local";

    public async Task<ClaimsPrincipal> SignInAsync(CancellationToken ct)
    {
        var tenant = await db.Tenants.AsNoTracking().SingleAsync(t => t.Slug == Tenant.DefaultSlug, ct).ConfigureAwait(false);
        var owner = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Email == Email, ct).ConfigureAwait(false)
                    ?? await CreateAsync(tenant, ct).ConfigureAwait(false);
        return ApiKeyAuthenticator.Principal(owner, AuthenticationType, AuthenticationType, TierPolicy.ForPlan(tenant.Plan));
    }

    private async Task<User> CreateAsync(Tenant tenant, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var owner = new User
        {
            Id = Guid.CreateVersion7(),
            TenantId = tenant.Id,
            Email = Email,
            DisplayName = Environment.UserName is { Length: > 0 } name ? name : "owner",
            PasswordHash = string.Empty,
            Role = UserRole.SuperAdmin,
            Status = UserStatus.Active,
            CreatedAt = now,
            UpdatedAt = now,
        };
        // Nobody signs in as the owner with a password; a random one keeps the account closed to the REST login.
        owner.PasswordHash = hasher.HashPassword(owner, SecretTokens.NewBase62(32));
        db.Users.Add(owner);
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        await connections.ConnectAsync(tenant.Id, owner.Id, ProviderNames.Synthetic, ct).ConfigureAwait(false);
        return owner;
    }
}
