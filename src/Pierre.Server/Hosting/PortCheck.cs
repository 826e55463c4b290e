using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Pierre.Server.Configuration;

namespace Pierre.Server.Hosting;

/// <summary>
/// Tries each port the server will listen on before the database is opened or migrated, so that a second server on a
/// busy port says which variable to change in one line. Kestrel's own failure stays handled for the rare race after this check.
/// </summary>
internal static class PortCheck
{
    /// <summary>
    /// One line saying which port cannot be listened on and which variable picks another, or null when all can (or when the
    /// server is not Kestrel: an in-memory test host listens on nothing).
    /// </summary>
    public static string? FindUnavailable(IServiceProvider services, ServerConfig config)
    {
        if (services.GetRequiredService<IServer>().GetType().Assembly != typeof(KestrelServerOptions).Assembly)
        {
            return null;
        }

        return Problem(config.BindAddress, config.HttpPort, EnvironmentVariables.HttpPort, EnvironmentVariables.BindAddress)
               ?? (config.McpTcpPort is { } tcp
                   ? Problem(config.McpTcpBindAddress, tcp, EnvironmentVariables.McpTcpPort, EnvironmentVariables.McpTcpBindAddress)
                   : null);
    }

    private static string? Problem(IPAddress address, int port, EnvironmentVariable portVariable, EnvironmentVariable addressVariable)
    {
        var listener = new TcpListener(address, port);
        try
        {
            listener.Start();
            return null;
        }
        catch (SocketException e) when (e.SocketErrorCode == SocketError.AddressAlreadyInUse)
        {
            return $"port {port.ToString(CultureInfo.InvariantCulture)} on {address} is already in use (another Pierre server?); " +
                   $"set {portVariable.Name} to a free port";
        }
        catch (SocketException e)
        {
            return $"cannot listen on {address} port {port.ToString(CultureInfo.InvariantCulture)}: {e.Message}; " +
                   $"check {addressVariable.Name} and {portVariable.Name}";
        }
        finally
        {
            listener.Stop();
        }
    }
}
