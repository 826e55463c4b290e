using Pierre.Server.Admin;
using Pierre.Server.Hosting;

namespace Pierre.Server.Cli;

/// <summary>The one-shot commands: they run against the initialised database and exit.</summary>
internal static class CommandRunner
{
    public static async Task<int> RunAsync(IServiceProvider services, CliCommand command, IReadOnlyList<string> appliedMigrations, CancellationToken cancellationToken)
    {
        switch (command)
        {
            case CliCommand.Migrate:
                await Console.Out.WriteLineAsync(appliedMigrations.Count == 0
                    ? "database is up to date; no migration applied"
                    : $"applied {appliedMigrations.Count} migration(s): {string.Join(", ", appliedMigrations)}").ConfigureAwait(false);
                return ExitCodes.Success;
            case CliCommand.Quickstart:
                return await Quickstart.RunAsync(services, Console.Out, Console.Error, cancellationToken).ConfigureAwait(false);
            case CliCommand.AdminCreate create:
                return await CreateAdminAsync(services, create, cancellationToken).ConfigureAwait(false);
            case CliCommand.AdminTokenCreate token:
                return await CreateAdminTokenAsync(services, token, cancellationToken).ConfigureAwait(false);
            case CliCommand.TenantCreate create:
                return await TenantCommands.CreateAsync(services, create, Console.Out, cancellationToken).ConfigureAwait(false);
            case CliCommand.TenantPlan plan:
                return await TenantCommands.SetPlanAsync(services, plan, Console.Out, cancellationToken).ConfigureAwait(false);
            case CliCommand.TenantInvite invite:
                return await TenantCommands.InviteAsync(services, invite, Console.Out, cancellationToken).ConfigureAwait(false);
            default:
                throw new ArgumentOutOfRangeException(nameof(command), command, "not a one-shot command");
        }
    }

    private static async Task<int> CreateAdminAsync(IServiceProvider services, CliCommand.AdminCreate create, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<SuperAdminCreator>()
            .CreateAsync(create.Email, create.Password, create.DisplayName, cancellationToken).ConfigureAwait(false);
        if (result.User is not { } user)
        {
            await Console.Error.WriteLineAsync($"pierre-mcp-server: admin not created: {result.Problem}").ConfigureAwait(false);
            return ExitCodes.Failure;
        }

        await Console.Out.WriteLineAsync($"created super-admin {user.Email} (id {user.Id})").ConfigureAwait(false);
        return ExitCodes.Success;
    }

    private static async Task<int> CreateAdminTokenAsync(IServiceProvider services, CliCommand.AdminTokenCreate command, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var created = await scope.ServiceProvider.GetRequiredService<AdminTokenService>().CreateAsync(
            null, new CreateAdminTokenRequest(command.Name, command.Permissions, command.SuperAdmin, command.ExpiresInDays), cancellationToken)
            .ConfigureAwait(false);
        if (created.Value is not { } token)
        {
            await Console.Error.WriteLineAsync($"pierre-mcp-server: admin token not created: {created.Refusal!.Detail}").ConfigureAwait(false);
            return ExitCodes.Failure;
        }

        await Console.Out.WriteLineAsync($"admin token '{token.Name}' (id {token.Id}); shown once, store it now:").ConfigureAwait(false);
        await Console.Out.WriteLineAsync(token.Token).ConfigureAwait(false);
        return ExitCodes.Success;
    }
}
