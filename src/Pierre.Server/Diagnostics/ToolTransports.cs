namespace Pierre.Server.Diagnostics;

/// <summary>The transport label of a tool call: a closed set.</summary>
internal static class ToolTransports
{
    public const string Http = "http";
    public const string Tcp = "tcp";
    public const string A2A = "a2a";
}
