namespace Pierre.LoadDriver;

/// <summary>Framework-dependent Release builds of the server and the ceiling app into the scratch folder (or, with
/// --built, the existing build output).</summary>
internal static class Publish
{
    public static async Task<(string App, string CeilingApp)> BothAsync(string repoRoot, string scratch, string? built)
    {
        if (built is not null)
        {
            return (Path.Combine(repoRoot, "src", "Pierre.Server", "bin", built, "net10.0", "pierre-mcp-server"),
                Path.Combine(repoRoot, "bench", "Pierre.SdkCeiling", "bin", built, "net10.0", "Pierre.SdkCeiling"));
        }

        Console.Error.WriteLine("load driver: dotnet publish -c Release --use-current-runtime (the server ReadyToRun, as the Dockerfile; the ceiling app JIT only)");
        var server = Path.Combine(scratch, "server");
        var ceiling = Path.Combine(scratch, "ceiling");
        // One after the other: two builds at once on two cores gain little and contend for the same restore.
        await ProjectAsync(Path.Combine(repoRoot, "src", "Pierre.Server"), server, Path.Combine(scratch, "publish-server.log"));
        await ProjectAsync(Path.Combine(repoRoot, "bench", "Pierre.SdkCeiling"), ceiling, Path.Combine(scratch, "publish-ceiling.log"));
        return (Path.Combine(server, "pierre-mcp-server"), Path.Combine(ceiling, "Pierre.SdkCeiling"));
    }

    private static Task ProjectAsync(string project, string output, string log) =>
        ChildProcess.RunAsync("dotnet", ["publish", project, "-c", "Release", "--use-current-runtime", "--self-contained", "false", "-o", output, "-nologo", "-v", "q"], log);
}
