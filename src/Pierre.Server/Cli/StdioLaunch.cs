namespace Pierre.Server.Cli;

/// <summary>
/// Where the build that runs this process lives, which decides how a desktop client should start Pierre over stdio:
/// never a project's <c>bin/</c> folder, which <c>dotnet clean</c> or a rebuild in another configuration breaks.
/// </summary>
internal static class StdioLaunch
{
    public const string CommandName = "pierre-mcp-server";

    public static string AppHostName => OperatingSystem.IsWindows() ? CommandName + ".exe" : CommandName;

    /// <summary>
    /// The installed .NET tool's command, when this build runs from a tool store: <c>dotnet tool install</c> unpacks the
    /// package into <c>TOOLS/.store/pierre.server/VERSION/…</c> and puts the command beside <c>.store</c>, in
    /// <c>TOOLS</c> (<c>~/.dotnet/tools</c> with <c>--global</c>, else the <c>--tool-path</c>). The path is absolute
    /// because desktop clients do not start with the shell's PATH.
    /// </summary>
    public static string? InstalledToolCommand(string baseDirectory)
    {
        for (var folder = new DirectoryInfo(baseDirectory); folder?.Parent is { } parent; folder = parent)
        {
            if (folder.Name == ".store")
            {
                var command = Path.Combine(parent.FullName, AppHostName);
                return File.Exists(command) ? command : null;
            }
        }

        return null;
    }

    /// <summary>
    /// The server's project file when this build is a project's build output (<c>…/bin/CONFIGURATION/TFM/</c>) inside
    /// a source checkout, found by walking up to the folder that holds <c>src/Pierre.Server/Pierre.Server.csproj</c>.
    /// </summary>
    public static string? SourceProject(string baseDirectory)
    {
        var buildOutput = new DirectoryInfo(baseDirectory);
        if (buildOutput.Parent?.Parent is not { Name: "bin" } bin)
        {
            return null;
        }

        for (var folder = bin.Parent; folder is not null; folder = folder.Parent)
        {
            var project = Path.Combine(folder.FullName, "src", "Pierre.Server", "Pierre.Server.csproj");
            if (File.Exists(project))
            {
                return project;
            }
        }

        return null;
    }
}
