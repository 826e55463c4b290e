using Pierre.Server.Mcp;

namespace Pierre.Server.OAuthServer;

/// <summary>
/// What an OAuth access token may do. Scopes narrow the one tool gate: a tool whose annotations say it only reads needs
/// <see cref="Read"/>, any other (goals, configuration, connecting providers) <see cref="Write"/>.
/// </summary>
internal static class OAuthScopes
{
    public const string Read = "fitness:read";
    public const string Write = "fitness:write";
    public const string OfflineAccess = "offline_access";

    /// <summary>The scopes a client may ask for at <c>/mcp</c>, as the protected-resource metadata and the challenge list them.</summary>
    public static readonly string[] ForTools = [Read, Write];

    public static string Needed(ToolDescriptor tool) => tool.ReadOnly ? Read : Write;

    /// <summary>The tool scopes a grant gets: those asked for, or read alone when none was named (the least a client can do).</summary>
    public static List<string> ToolScopesGranted(IEnumerable<string> requested)
    {
        var tools = requested.Where(ForTools.Contains).Distinct(StringComparer.Ordinal).ToList();
        return tools.Count > 0 ? tools : [Read];
    }

    /// <summary>What a scope lets a client do, in the consent page's words.</summary>
    public static string Describe(string scope) => scope switch
    {
        Read => "read your activities, statistics, goals and settings, and analyse them (fitness:read)",
        Write => "change things for you: set goals and settings, connect and disconnect providers (fitness:write)",
        _ => scope,
    };
}
