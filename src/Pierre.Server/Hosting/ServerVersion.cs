using System.Reflection;

namespace Pierre.Server.Hosting;

internal static class ServerVersion
{
    /// <summary>The informational version without the source-revision suffix, e.g. <c>0.1.0</c>.</summary>
    public static string Current { get; } =
        typeof(ServerVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0]
        ?? "0.0.0";
}
