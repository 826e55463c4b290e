namespace Pierre.Server.Cli;

/// <summary>What the command line asked for.</summary>
internal abstract record CliCommand
{
    public sealed record Serve : CliCommand;

    public sealed record Help : CliCommand;

    public sealed record Version : CliCommand;

    public sealed record Migrate : CliCommand;

    public sealed record Stdio : CliCommand;

    public sealed record Quickstart : CliCommand;

    public sealed record Reset(bool Confirmed) : CliCommand;

    public sealed record AdminCreate(string Email, string Password, string? DisplayName) : CliCommand;

    public sealed record AdminTokenCreate(string Name, IReadOnlyList<string> Permissions, bool SuperAdmin, int? ExpiresInDays) : CliCommand;

    public sealed record TenantCreate(string Name, string Slug, string? Plan) : CliCommand;

    public sealed record TenantPlan(string Tenant, string Plan) : CliCommand;

    public sealed record TenantInvite(string Tenant, string Email, string? Role) : CliCommand;
}

/// <summary>A command line that cannot be understood; the message says what to type instead.</summary>
internal sealed class UsageException(string message) : Exception(message);
