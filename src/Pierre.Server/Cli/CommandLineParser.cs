namespace Pierre.Server.Cli;

internal static class CommandLineParser
{
    /// <summary>
    /// Parses the command. Leading <c>--NAME=value</c> arguments are configuration overrides (the host reads them as
    /// it reads environment variables), not part of the command.
    /// </summary>
    public static CliCommand Parse(IEnumerable<string> args) =>
        ParseCommand([.. args.SkipWhile(a => a.StartsWith("--", StringComparison.Ordinal) && a.Contains('=', StringComparison.Ordinal))]);

    private static CliCommand ParseCommand(string[] args) => args switch
    {
        [] or ["serve"] => new CliCommand.Serve(),
        ["--help" or "-h" or "help", ..] => new CliCommand.Help(),
        ["--version" or "version"] => new CliCommand.Version(),
        ["migrate"] => new CliCommand.Migrate(),
        ["--stdio"] => new CliCommand.Stdio(),
        ["quickstart"] => new CliCommand.Quickstart(),
        ["reset", .. var rest] => new CliCommand.Reset(ParseOptions(rest, "--yes").ContainsKey("--yes")),
        ["admin", "create", .. var rest] => ParseAdminCreate(rest),
        ["admin", "token", "create", .. var rest] => ParseAdminTokenCreate(rest),
        ["admin", ..] => throw new UsageException(
            "admin needs a subcommand: admin create --email E --password P, or admin token create --name N --permissions P1,P2 [--super]"),
        ["tenant", "create", .. var rest] => ParseTenantCreate(rest),
        ["tenant", "invite", .. var rest] => ParseTenantInvite(rest),
        ["tenant", "plan", .. var rest] => ParseTenantPlan(rest),
        ["tenant", ..] => throw new UsageException(
            "tenant needs a subcommand: tenant create --name N --slug S [--plan P], tenant plan --tenant SLUG --plan P, "
            + "or tenant invite --tenant SLUG --email E [--role user|admin]"),
        [var first, ..] => throw new UsageException($"unknown command '{first}'"),
    };

    private static CliCommand.AdminCreate ParseAdminCreate(string[] args)
    {
        var options = ParseOptions(args, "--email", "--password", "--name");
        return new CliCommand.AdminCreate(
            options.GetValueOrDefault("--email") ?? throw new UsageException("admin create needs --email"),
            options.GetValueOrDefault("--password") ?? throw new UsageException("admin create needs --password"),
            options.GetValueOrDefault("--name"));
    }

    private static CliCommand.TenantCreate ParseTenantCreate(string[] args)
    {
        var options = ParseOptions(args, "--name", "--slug", "--plan");
        return new CliCommand.TenantCreate(
            options.GetValueOrDefault("--name") ?? throw new UsageException("tenant create needs --name"),
            options.GetValueOrDefault("--slug") ?? throw new UsageException("tenant create needs --slug"),
            options.GetValueOrDefault("--plan"));
    }

    private static CliCommand.TenantPlan ParseTenantPlan(string[] args)
    {
        var options = ParseOptions(args, "--tenant", "--plan");
        return new CliCommand.TenantPlan(
            options.GetValueOrDefault("--tenant") ?? throw new UsageException("tenant plan needs --tenant (the tenant's slug)"),
            options.GetValueOrDefault("--plan") ?? throw new UsageException("tenant plan needs --plan"));
    }

    private static CliCommand.TenantInvite ParseTenantInvite(string[] args)
    {
        var options = ParseOptions(args, "--tenant", "--email", "--role");
        return new CliCommand.TenantInvite(
            options.GetValueOrDefault("--tenant") ?? throw new UsageException("tenant invite needs --tenant (the tenant's slug)"),
            options.GetValueOrDefault("--email") ?? throw new UsageException("tenant invite needs --email"),
            options.GetValueOrDefault("--role"));
    }

    private static CliCommand.AdminTokenCreate ParseAdminTokenCreate(string[] args)
    {
        var options = ParseOptions(args, "--name", "--permissions", "--super", "--expires-in-days");
        int? days = null;
        if (options.GetValueOrDefault("--expires-in-days") is { } raw)
        {
            days = int.TryParse(raw, System.Globalization.CultureInfo.InvariantCulture, out var d) ? d : throw new UsageException("--expires-in-days needs a whole number");
        }

        var permissions = (options.GetValueOrDefault("--permissions") ?? string.Empty)
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var superAdmin = options.ContainsKey("--super");
        if (permissions.Length == 0 && !superAdmin)
        {
            throw new UsageException("admin token create needs --permissions P1,P2 (manage_users, manage_tenants, manage_tokens, view_api_keys, manage_tools, view_operations) or --super");
        }

        return new CliCommand.AdminTokenCreate(
            options.GetValueOrDefault("--name") ?? throw new UsageException("admin token create needs --name"),
            permissions,
            superAdmin,
            days);
    }

    private static readonly HashSet<string> Flags = new(StringComparer.Ordinal) { "--super", "--yes" };

    private static Dictionary<string, string> ParseOptions(string[] args, params string[] known)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i++)
        {
            var (name, inlineValue) = args[i].Split('=', 2) is [var n, var v] ? (n, v) : (args[i], null);
            if (!known.Contains(name))
            {
                throw new UsageException($"unknown option '{name}' (expected {string.Join(", ", known)})");
            }

            values[name] = Flags.Contains(name)
                ? "true"
                : inlineValue ?? (i + 1 < args.Length ? args[++i] : throw new UsageException($"{name} needs a value"));
        }

        return values;
    }
}
