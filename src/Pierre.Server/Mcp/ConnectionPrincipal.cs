using System.Security.Claims;

namespace Pierre.Server.Mcp;

/// <summary>The identity of a connection that carries no per-request user (stdio, a TCP connection after its <c>initialize</c>).</summary>
internal sealed class ConnectionPrincipal
{
    public ClaimsPrincipal? Principal { get; set; }
}
