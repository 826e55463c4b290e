using Pierre.Server.Admin;
using Pierre.Server.Auth;
using Pierre.Server.Data.Entities;
using Pierre.Server.Hosting;
using Pierre.Server.Tenants;

namespace Pierre.Server.Cli;

/// <summary>
/// <c>tenant create</c>, <c>tenant plan</c> and <c>tenant invite</c>: the service methods behind <c>POST /admin/tenants</c>,
/// <c>PUT /admin/tenants/{id}/plan</c> and <c>POST /admin/tenants/{id}/invitations</c>, acting as the operator (no
/// caller; audited without an actor).
/// </summary>
internal static class TenantCommands
{
    public static async Task<int> CreateAsync(IServiceProvider services, CliCommand.TenantCreate command, TextWriter output, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var created = await scope.ServiceProvider.GetRequiredService<TenantService>().CreateAsync(
            null, new CreateTenantRequest(command.Name, command.Slug, command.Plan ?? RoleNames.Of(TenantPlan.Starter)), ct).ConfigureAwait(false);
        if (!created.TryGetValue(out var tenant, out var refusal))
        {
            return await FailAsync("tenant not created", refusal.Detail).ConfigureAwait(false);
        }

        await output.WriteLineAsync($"created tenant '{tenant.Name}' (slug {tenant.Slug}, plan {tenant.Plan}, id {tenant.Id})").ConfigureAwait(false);
        await output.WriteLineAsync($"invite its first admin: pierre-mcp-server tenant invite --tenant {tenant.Slug} --email E --role {RoleNames.Admin}")
            .ConfigureAwait(false);
        return ExitCodes.Success;
    }

    /// <summary>A running server is another process: it sees the new plan within <see cref="LiveCredentials.Lifetime"/>.</summary>
    public static async Task<int> SetPlanAsync(IServiceProvider services, CliCommand.TenantPlan command, TextWriter output, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var tenants = scope.ServiceProvider.GetRequiredService<TenantService>();
        if (await tenants.FindIdAsync(command.Tenant, ct).ConfigureAwait(false) is not { } tenantId)
        {
            return await FailAsync("plan not changed", $"there is no tenant with slug '{command.Tenant}'").ConfigureAwait(false);
        }

        var result = await tenants.SetPlanAsync(null, tenantId, new SetTenantPlanRequest(command.Plan), ct).ConfigureAwait(false);
        if (result.Value is not { } tenant)
        {
            return await FailAsync("plan not changed", result.Refusal!.Detail).ConfigureAwait(false);
        }

        await output.WriteLineAsync(
            $"tenant {tenant.Slug} is on the {tenant.Plan} plan; a running server applies it to its users and keys within " +
            $"{LiveCredentials.Lifetime.TotalSeconds:0} seconds").ConfigureAwait(false);
        return ExitCodes.Success;
    }

    public static async Task<int> InviteAsync(IServiceProvider services, CliCommand.TenantInvite command, TextWriter output, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        if (await scope.ServiceProvider.GetRequiredService<TenantService>().FindIdAsync(command.Tenant, ct).ConfigureAwait(false) is not { } tenantId)
        {
            return await FailAsync("invitation not created", $"there is no tenant with slug '{command.Tenant}'").ConfigureAwait(false);
        }

        var result = await scope.ServiceProvider.GetRequiredService<InvitationService>()
            .CreateAsync(null, tenantId, new CreateInvitationRequest(command.Email, command.Role), ct).ConfigureAwait(false);
        if (result.Value is not { } invitation)
        {
            return await FailAsync("invitation not created", result.Refusal!.Detail).ConfigureAwait(false);
        }

        await output.WriteLineAsync(
            $"invited {invitation.Email} to tenant {command.Tenant.Trim().ToLowerInvariant()} as {invitation.Role}; " +
            $"the invitation expires {invitation.ExpiresAt:yyyy-MM-dd HH:mm} UTC").ConfigureAwait(false);
        await output.WriteLineAsync("invitation token, shown once (Pierre keeps only its hash):").ConfigureAwait(false);
        await output.WriteLineAsync(invitation.Token).ConfigureAwait(false);
        await output.WriteLineAsync($"the invitee registers with it, the server running, after replacing {InvitationText.PasswordPlaceholder}:")
            .ConfigureAwait(false);
        await output.WriteLineAsync($"  {invitation.Register}").ConfigureAwait(false);
        return ExitCodes.Success;
    }

    private static async Task<int> FailAsync(string what, string? why)
    {
        await Console.Error.WriteLineAsync($"pierre-mcp-server: {what}: {why}").ConfigureAwait(false);
        return ExitCodes.Failure;
    }
}
