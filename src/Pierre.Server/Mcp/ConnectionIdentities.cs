using System.Collections.Concurrent;
using System.Security.Claims;
using ModelContextProtocol.Server;

namespace Pierre.Server.Mcp;

/// <summary>
/// Who a connection acts for when requests carry no user of their own: the whole process on stdio
/// (<see cref="Default"/>), or each TCP connection after its authenticated <c>initialize</c>. A TCP connection's
/// server gets options of its own, and those options are what a request's context leads back to.
/// </summary>
internal sealed class ConnectionIdentities
{
    private readonly ConcurrentDictionary<McpServerOptions, ClaimsPrincipal> _byServer = new();

    public ClaimsPrincipal? Default { get; set; }

    public void Bind(McpServerOptions connection, ClaimsPrincipal principal) => _byServer[connection] = principal;

    public void Unbind(McpServerOptions connection) => _byServer.TryRemove(connection, out _);

    public ClaimsPrincipal? For(McpServer server) => _byServer.TryGetValue(server.ServerOptions, out var principal) ? principal : Default;
}
