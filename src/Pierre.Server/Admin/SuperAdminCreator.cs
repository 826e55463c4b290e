using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Pierre.Server.Auth;
using Pierre.Server.Data;
using Pierre.Server.Data.Entities;

namespace Pierre.Server.Admin;

/// <summary>Creates an active super-admin in the default tenant (<c>admin create</c> and first-run setup).</summary>
internal sealed class SuperAdminCreator(PierreDbContext db, IPasswordHasher<User> hasher, TimeProvider clock)
{
    public async Task<AdminCreation> CreateAsync(string? email, string? password, string? displayName, CancellationToken cancellationToken)
    {
        var normalized = CredentialRules.NormalizeEmail(email);
        if (normalized is null)
        {
            return AdminCreation.Refused($"'{email}' is not a valid email address");
        }

        if (CredentialRules.PasswordProblem(password) is { } problem)
        {
            return AdminCreation.Refused(problem);
        }

        var name = string.IsNullOrWhiteSpace(displayName) ? normalized.Split('@')[0] : displayName.Trim();
        if (!CredentialRules.IsDisplayable(name))
        {
            return AdminCreation.Refused($"display name {CredentialRules.UndisplayableProblem}");
        }

        if (await db.Users.AnyAsync(u => u.Email == normalized, cancellationToken).ConfigureAwait(false))
        {
            return AdminCreation.Refused($"a user with email {normalized} already exists");
        }

        var tenant = await db.Tenants.SingleAsync(t => t.Slug == Tenant.DefaultSlug, cancellationToken).ConfigureAwait(false);
        var now = clock.GetUtcNow().UtcDateTime;
        var user = new User
        {
            Id = Guid.CreateVersion7(),
            TenantId = tenant.Id,
            Email = normalized,
            DisplayName = name,
            PasswordHash = string.Empty,
            Role = UserRole.SuperAdmin,
            Status = UserStatus.Active,
            CreatedAt = now,
            UpdatedAt = now,
        };
        user.PasswordHash = hasher.HashPassword(user, password!);
        db.Users.Add(user);
        db.AuditEvents.Add(new AuditEvent
        {
            TenantId = tenant.Id,
            Action = "admin.created",
            TargetType = "user",
            TargetId = user.Id.ToString(),
            CreatedAt = now,
        });
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return AdminCreation.Created(user);
    }
}

internal sealed record AdminCreation(User? User, string? Problem)
{
    public static AdminCreation Created(User user) => new(user, null);

    public static AdminCreation Refused(string problem) => new(null, problem);
}
