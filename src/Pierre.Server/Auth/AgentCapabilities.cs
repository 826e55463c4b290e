namespace Pierre.Server.Auth;

/// <summary>An agent's capabilities as stored: tool group ids and tool names, separated by spaces.</summary>
internal static class AgentCapabilities
{
    public static IReadOnlySet<string> Parse(string stored) =>
        stored.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);

    public static string Format(IEnumerable<string> capabilities) => string.Join(' ', capabilities.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
}
