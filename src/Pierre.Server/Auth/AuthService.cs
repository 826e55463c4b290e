using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Pierre.Server.Configuration;
using Pierre.Server.Data;
using Pierre.Server.Data.Entities;
using Pierre.Server.Errors;
using Pierre.Server.Tenants;

namespace Pierre.Server.Auth;

/// <summary>Registration (into the default tenant, or with an invitation into its tenant), sign-in, refresh rotation, sign-out and password change.</summary>
internal sealed class AuthService(
    PierreDbContext db, IPasswordHasher<User> hasher, AuthManager auth, RefreshTokenService refreshTokens, InvitationService invitations,
    ServerConfig config, TimeProvider clock)
{
    // Verifying against a real hash for unknown emails keeps response times from telling which emails exist.
    private static readonly Lazy<string> DummyHash = new(() => new PasswordHasher<User>().HashPassword(null!, "not-a-real-password"));

    public async Task<Result<RegisterResponse>> RegisterAsync(RegisterRequest request, CancellationToken ct)
    {
        var email = CredentialRules.NormalizeEmail(request.Email);
        if (email is null)
        {
            return Refusal.Invalid("email is not a valid address");
        }

        if (CredentialRules.PasswordProblem(request.Password) is { } problem)
        {
            return Refusal.Invalid(problem);
        }

        var displayName = string.IsNullOrWhiteSpace(request.DisplayName) ? email.Split('@')[0] : request.DisplayName.Trim();
        if (displayName.Length > 200)
        {
            return Refusal.Invalid("display_name must be at most 200 characters");
        }

        if (!CredentialRules.IsDisplayable(displayName))
        {
            return Refusal.Invalid($"display_name {CredentialRules.UndisplayableProblem}");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var user = new User
        {
            Id = Guid.CreateVersion7(),
            Email = email,
            DisplayName = displayName,
            PasswordHash = string.Empty,
            Role = UserRole.User,
            Status = config.AutoApproveUsers ? UserStatus.Active : UserStatus.Pending,
            CreatedAt = now,
            UpdatedAt = now,
        };
        user.PasswordHash = hasher.HashPassword(user, request.Password!);

        // The invitation is spent in the same transaction as the account is created: a refusal leaves it unused.
        await using var transaction = await db.Database.BeginTransactionAsync(ct).ConfigureAwait(false);
        if (await db.Users.AnyAsync(u => u.Email == email, ct).ConfigureAwait(false))
        {
            return Refusal.Conflict("an account with this email already exists");
        }

        if (request.InvitationToken is { } token)
        {
            var invitation = await invitations.SpendAsync(token, email, user.Id, ct).ConfigureAwait(false);
            if (invitation.Value is not { } invited)
            {
                return invitation.Refusal!;
            }

            (user.TenantId, user.Role, user.Status) = (invited.TenantId, invited.Role, UserStatus.Active);
        }
        else
        {
            user.TenantId = (await db.Tenants.SingleAsync(t => t.Slug == Tenant.DefaultSlug, ct).ConfigureAwait(false)).Id;
        }

        db.Users.Add(user);
        try
        {
            await db.SaveChangesAsync(ct).ConfigureAwait(false);
        }
        catch (DbUpdateException)
        {
            return Refusal.Conflict("an account with this email already exists");
        }

        await transaction.CommitAsync(ct).ConfigureAwait(false);
        return new RegisterResponse(user.Id, RoleNames.Of(user.Status));
    }

    public async Task<Result<SessionResponse>> LoginAsync(LoginRequest request, CancellationToken ct) =>
        (await CheckCredentialsAsync(request, alsoAllowed: null, ct).ConfigureAwait(false)).TryGetValue(out var user, out var refusal)
            ? await StartSessionAsync(user, Guid.CreateVersion7(), ct).ConfigureAwait(false)
            : refusal;

    /// <summary>
    /// Signs in to the web UI: the same checks as <see cref="LoginAsync"/>, and a session (a refresh family whose token
    /// nobody holds) that sign-out, a password change or a suspension ends like any other. A pending account may sign in
    /// too, to wait for its approval on a page that can do nothing else.
    /// </summary>
    public async Task<Result<WebSession>> StartWebSessionAsync(LoginRequest request, CancellationToken ct)
    {
        if (!(await CheckCredentialsAsync(request, UserStatus.Pending, ct).ConfigureAwait(false)).TryGetValue(out var user, out var refusal))
        {
            return refusal;
        }

        var session = Guid.CreateVersion7();
        refreshTokens.Issue(user, session);
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return new WebSession(user.Id, user.TenantId, session);
    }

    private async Task<Result<User>> CheckCredentialsAsync(LoginRequest request, UserStatus? alsoAllowed, CancellationToken ct)
    {
        var email = CredentialRules.NormalizeEmail(request.Email);
        var user = email is null ? null : await db.Users.SingleOrDefaultAsync(u => u.Email == email, ct).ConfigureAwait(false);
        var verdict = hasher.VerifyHashedPassword(user!, user?.PasswordHash ?? DummyHash.Value, request.Password ?? string.Empty);
        if (user is null || verdict == PasswordVerificationResult.Failed)
        {
            return Refusal.Unauthenticated("invalid email or password");
        }

        if (user.Status != alsoAllowed && StatusRefusal(user) is { } refused)
        {
            return refused;
        }

        if (verdict == PasswordVerificationResult.SuccessRehashNeeded)
        {
            user.PasswordHash = hasher.HashPassword(user, request.Password!);
        }

        user.LastLoginAt = clock.GetUtcNow().UtcDateTime;
        return user;
    }

    public async Task<Result<SessionResponse>> RefreshAsync(RefreshRequest request, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(request.RefreshToken))
        {
            return Refusal.Invalid("refresh_token is required");
        }

        var spent = await refreshTokens.SpendAsync(request.RefreshToken, ct).ConfigureAwait(false);
        if (spent is null)
        {
            return Refusal.Unauthenticated("refresh token is invalid, expired or already used; sign in again");
        }

        var user = await db.Users.SingleAsync(u => u.Id == spent.UserId, ct).ConfigureAwait(false);
        if (StatusRefusal(user) is { } refused)
        {
            await refreshTokens.RevokeFamilyAsync(spent.FamilyId, ct).ConfigureAwait(false);
            return refused;
        }

        return await StartSessionAsync(user, spent.FamilyId, ct).ConfigureAwait(false);
    }

    public async Task LogoutAsync(Guid? sessionId, CancellationToken ct)
    {
        if (sessionId is { } family)
        {
            await refreshTokens.RevokeFamilyAsync(family, ct).ConfigureAwait(false);
        }
    }

    public async Task<Refusal?> ChangePasswordAsync(Guid? userId, ChangePasswordRequest request, CancellationToken ct)
    {
        if (userId is null)
        {
            return Refusal.Forbidden("only a user's own credential can change their password");
        }

        var user = await db.Users.SingleAsync(u => u.Id == userId, ct).ConfigureAwait(false);
        if (hasher.VerifyHashedPassword(user, user.PasswordHash, request.CurrentPassword ?? string.Empty) == PasswordVerificationResult.Failed)
        {
            return Refusal.Invalid("current_password is wrong");
        }

        return await SetPasswordAsync(user, request.NewPassword, ct).ConfigureAwait(false);
    }

    /// <summary>Sets a new password and ends every session of the user, so tokens issued before it stop working.</summary>
    public async Task<Refusal?> SetPasswordAsync(User user, string? password, CancellationToken ct)
    {
        if (password is null)
        {
            return Refusal.Invalid("new_password is required");
        }

        if (CredentialRules.PasswordProblem(password) is { } problem)
        {
            return Refusal.Invalid(problem.Replace("password", "new_password", StringComparison.Ordinal));
        }

        user.PasswordHash = hasher.HashPassword(user, password!);
        user.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(ct).ConfigureAwait(false);
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        await refreshTokens.RevokeUserSessionsAsync(user.Id, ct).ConfigureAwait(false);
        await transaction.CommitAsync(ct).ConfigureAwait(false);
        return null;
    }

    private async Task<SessionResponse> StartSessionAsync(User user, Guid familyId, CancellationToken ct)
    {
        var refresh = refreshTokens.Issue(user, familyId);
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return new SessionResponse(auth.Issue(user, familyId), "Bearer", (int)auth.Lifetime.TotalSeconds, refresh, Summary(user));
    }

    public static UserSummary Summary(User user) =>
        new(user.Id, user.Email, user.DisplayName, RoleNames.Of(user.Role), user.TenantId, RoleNames.Of(user.Status));

    private static Refusal? StatusRefusal(User user) => user.Status switch
    {
        UserStatus.Pending => Refusal.Forbidden(AccountStatusMessages.Pending(user.Id.ToString())),
        UserStatus.Suspended => Refusal.Forbidden(AccountStatusMessages.Suspended),
        _ => null,
    };
}
