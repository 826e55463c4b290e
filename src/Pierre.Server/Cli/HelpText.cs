using System.Text;
using Pierre.Server.Configuration;

namespace Pierre.Server.Cli;

internal static class HelpText
{
    public static string Render()
    {
        var text = new StringBuilder()
            .AppendLine("pierre-mcp-server: a multi-tenant MCP server for fitness data")
            .AppendLine()
            .AppendLine("Usage:")
            .AppendLine("  pierre-mcp-server                      serve HTTP (REST, MCP, health) until SIGTERM/SIGINT")
            .AppendLine("  pierre-mcp-server --stdio              serve MCP on stdin/stdout (desktop clients); logs go to stderr")
            .AppendLine("  pierre-mcp-server quickstart           set up a local demo user (synthetic athlete) and print an API key")
            .AppendLine("                                         with ready-to-paste Claude Desktop configurations")
            .AppendLine("  pierre-mcp-server migrate              apply database migrations and exit")
            .AppendLine("  pierre-mcp-server reset [--yes]        delete the data folder (SQLite database and keys) after typing yes;")
            .AppendLine("                                         refused when DATABASE_URL is PostgreSQL")
            .AppendLine("  pierre-mcp-server admin create --email E --password P [--name N]")
            .AppendLine("                                         create a super-admin in the default tenant")
            .AppendLine("  pierre-mcp-server admin token create --name N (--permissions P1,P2 | --super) [--expires-in-days D]")
            .AppendLine("                                         print a new admin token once; permissions: manage_users,")
            .AppendLine("                                         manage_tenants, manage_tokens, view_api_keys, manage_tools,")
            .AppendLine("                                         view_operations")
            .AppendLine("  pierre-mcp-server tenant create --name N --slug S [--plan starter|professional|enterprise]")
            .AppendLine("                                         create a tenant (plan starter unless given)")
            .AppendLine("  pierre-mcp-server tenant plan --tenant SLUG --plan starter|professional|enterprise")
            .AppendLine("                                         move a tenant to another plan (its users and keys follow")
            .AppendLine("                                         within 5 seconds)")
            .AppendLine("  pierre-mcp-server tenant invite --tenant SLUG --email E [--role user|admin]")
            .AppendLine("                                         print a one-time invitation token (7 days) and the registration")
            .AppendLine("                                         command that joins the tenant with that role")
            .AppendLine("  pierre-mcp-server version              print the version (also --version)")
            .AppendLine("  pierre-mcp-server --help               this text")
            .AppendLine()
            .AppendLine("Environment variables (default in brackets):");
        var width = EnvironmentVariables.All.Max(v => v.Name.Length) + 2;
        foreach (var variable in EnvironmentVariables.All)
        {
            var fallback = variable.Default is { Length: > 0 } d ? $" [{d}]" : string.Empty;
            text.Append("  ").Append(variable.Name.PadRight(width)).Append(variable.Description).AppendLine(fallback);
        }

        return text
            .AppendLine()
            .AppendLine("Exit codes: 0 success, 1 runtime failure, 2 bad command line or configuration.")
            .ToString();
    }
}
