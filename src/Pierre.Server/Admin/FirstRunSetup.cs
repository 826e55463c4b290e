using Microsoft.EntityFrameworkCore;
using Pierre.Server.Auth;
using Pierre.Server.Data;
using Pierre.Server.Data.Entities;
using Pierre.Server.Errors;
using Pierre.Server.Security;

namespace Pierre.Server.Admin;

/// <summary>
/// The first admin of a new deployment: while none exists, each start issues a one-time setup token (printed by
/// <see cref="FirstRunBanner"/>, kept as its SHA-256), and <c>POST /admin/setup</c> with it creates a super-admin.
/// Once an admin exists, setup is closed for good.
/// </summary>
internal sealed class FirstRunSetup(PierreDbContext db, SuperAdminCreator creator, TimeProvider clock)
{
    public const string TokenPrefix = "pst_";
    public static readonly TimeSpan TokenLifetime = TimeSpan.FromHours(24);
    private const string Closed = "setup is closed: this server already has an admin; sign in at /login or with POST /api/auth/login";

    public Task<bool> AdminExistsAsync(CancellationToken ct) =>
        db.Users.AnyAsync(u => u.Role == UserRole.Admin || u.Role == UserRole.SuperAdmin, ct);

    /// <summary>A new setup token when there is no admin yet; null otherwise.</summary>
    public async Task<string?> IssueTokenAsync(CancellationToken ct)
    {
        if (await AdminExistsAsync(ct).ConfigureAwait(false))
        {
            return null;
        }

        var token = TokenPrefix + SecretTokens.NewBase62(40);
        var now = clock.GetUtcNow().UtcDateTime;
        db.SetupTokens.Add(new SetupToken
        {
            Id = Guid.CreateVersion7(),
            TokenHash = SecretTokens.Hash(token),
            CreatedAt = now,
            ExpiresAt = now + TokenLifetime,
        });
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return token;
    }

    /// <summary>Creates the first admin; a refused request (bad token, email or password) changes nothing.</summary>
    public async Task<Result<SetupResult>> CompleteAsync(SetupRequest request, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(request.Token))
        {
            return Refusal.Invalid("token is required: the one-time setup token the server printed when it started");
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct).ConfigureAwait(false);
        if (await AdminExistsAsync(ct).ConfigureAwait(false))
        {
            return Refusal.Conflict(Closed);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var hash = SecretTokens.Hash(request.Token.Trim());
        if (!await db.SetupTokens.AnyAsync(t => t.TokenHash == hash && t.UsedAt == null && t.ExpiresAt > now, ct).ConfigureAwait(false))
        {
            return Refusal.Forbidden(
                "the setup token is wrong, used or expired; restart the server to print a new one, or run 'pierre-mcp-server admin create' on its host");
        }

        // Closing every live token at once leaves none for a concurrent setup with another token.
        var closed = await db.SetupTokens.Where(t => t.UsedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.UsedAt, now), ct).ConfigureAwait(false);
        if (closed == 0)
        {
            return Refusal.Conflict(Closed);
        }

        var creation = await creator.CreateAsync(request.Email, request.Password, request.DisplayName, ct).ConfigureAwait(false);
        if (creation.User is not { } user)
        {
            return Refusal.Invalid(creation.Problem!);
        }

        await transaction.CommitAsync(ct).ConfigureAwait(false);
        return new SetupResult(
            user.Id, user.Email, RoleNames.SuperAdmin, "sign in at /login or with POST /api/auth/login, then approve users with POST /admin/users/{id}/approve");
    }
}

internal sealed record SetupRequest(string? Token, string? Email, string? Password, string? DisplayName);

internal sealed record SetupResult(Guid Id, string Email, string Role, string Next);
