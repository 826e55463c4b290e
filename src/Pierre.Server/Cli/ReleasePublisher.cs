using System.Diagnostics;
using System.Reflection;

namespace Pierre.Server.Cli;

/// <summary>
/// Publishes a Release build of the source checkout into the data folder once (<c>DATA/app</c>), with the publish
/// command CI runs, so a desktop client's stdio configuration survives <c>dotnet clean</c>. A later quickstart reuses
/// it while it was published by a build of the same version (informational version, with its commit).
/// </summary>
internal static class ReleasePublisher
{
    private const string VersionFile = ".pierre-version";

    public static string RunningVersion { get; } =
        typeof(ReleasePublisher).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";

    /// <summary>The app host in <paramref name="appFolder"/>, published now unless it is already there at this version.</summary>
    public static async Task<string?> EnsureAsync(string project, string appFolder, TextWriter messages, CancellationToken ct)
    {
        var appHost = Path.Combine(appFolder, StdioLaunch.AppHostName);
        var versionFile = Path.Combine(appFolder, VersionFile);
        if (File.Exists(appHost) && File.Exists(versionFile)
            && (await File.ReadAllTextAsync(versionFile, ct).ConfigureAwait(false)).Trim() == RunningVersion)
        {
            return appHost;
        }

        await messages.WriteLineAsync($"pierre-mcp-server: publishing a Release build to {appFolder}, once (dotnet publish, up to a minute)")
            .ConfigureAwait(false);
        var staging = appFolder + ".new";
        if (Directory.Exists(staging))
        {
            Directory.Delete(staging, recursive: true);
        }

        var (exitCode, log) = await PublishAsync(project, staging, ct).ConfigureAwait(false);
        if (exitCode != 0 || !File.Exists(Path.Combine(staging, StdioLaunch.AppHostName)))
        {
            await messages.WriteLineAsync($"pierre-mcp-server: dotnet publish {project} failed (exit {exitCode}):\n{log}").ConfigureAwait(false);
            return null;
        }

        await File.WriteAllTextAsync(Path.Combine(staging, VersionFile), RunningVersion, ct).ConfigureAwait(false);
        if (Directory.Exists(appFolder))
        {
            Directory.Delete(appFolder, recursive: true);
        }

        Directory.Move(staging, appFolder);
        return appHost;
    }

    // No MSBuild node or compiler server may outlive the publish: they would inherit its output pipes and keep them open.
    private static async Task<(int ExitCode, string Log)> PublishAsync(string project, string output, CancellationToken ct)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { "publish", project, "-c", "Release", "-o", output, "-nologo", "-v", "q", "-nodeReuse:false", "-p:UseSharedCompilation=false" })
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var stdout = process.StandardOutput.ReadToEndAsync(ct);
        var stderr = process.StandardError.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct).ConfigureAwait(false);
        return (process.ExitCode, (await stdout.ConfigureAwait(false)) + (await stderr.ConfigureAwait(false)));
    }
}
