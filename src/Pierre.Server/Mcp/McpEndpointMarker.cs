namespace Pierre.Server.Mcp;

/// <summary>Endpoint metadata naming the Streamable HTTP MCP endpoint, so middleware acts on it and on no other path.</summary>
internal sealed class McpEndpointMarker
{
    public static readonly McpEndpointMarker Instance = new();

    private McpEndpointMarker()
    {
    }
}
