using Pierre.Server.Cli;
using Pierre.Server.Tests.Infrastructure;

namespace Pierre.Server.Tests.Cli;

/// <summary>Which build quickstart's stdio configuration starts: the installed tool, a Release publish, or this one.</summary>
public sealed class StdioLaunchTests : IDisposable
{
    private readonly TempDirectory _folder = new();

    [Fact]
    public void InstalledToolCommand_FromAToolStore_IsTheAbsoluteCommandBesideTheStore()
    {
        var build = Folder(".dotnet", "tools", ".store", "pierre.server", "0.1.0", "pierre.server", "0.1.0", "tools", "net10.0", "any");
        var command = File(".dotnet", "tools", StdioLaunch.AppHostName);

        Assert.Equal(command, StdioLaunch.InstalledToolCommand(build));
        Assert.Null(StdioLaunch.SourceProject(build));
    }

    [Fact]
    public void InstalledToolCommand_StoreWithoutTheCommand_IsNull()
    {
        var build = Folder("tools", ".store", "pierre.server", "0.1.0", "pierre.server", "0.1.0", "tools", "net10.0", "any");

        Assert.Null(StdioLaunch.InstalledToolCommand(build));
    }

    [Theory]
    [InlineData("src", "Pierre.Server", "bin", "Debug", "net10.0")]
    [InlineData("tests", "Pierre.Server.Tests", "bin", "Release", "net10.0")]
    public void SourceProject_FromABuildOutputInACheckout_IsTheServerProject(params string[] buildOutput)
    {
        var project = File("src", "Pierre.Server", "Pierre.Server.csproj");
        var build = Folder(buildOutput) + Path.DirectorySeparatorChar; // as AppContext.BaseDirectory ends

        Assert.Equal(project, StdioLaunch.SourceProject(build));
        Assert.Null(StdioLaunch.InstalledToolCommand(build));
    }

    [Theory]
    [InlineData("publish")]
    [InlineData("data", "app")]
    [InlineData("src", "Pierre.Server", "bin")]
    public void SourceProject_FromAFolderThatIsNoBuildOutput_IsNull(params string[] published)
    {
        File("src", "Pierre.Server", "Pierre.Server.csproj");

        Assert.Null(StdioLaunch.SourceProject(Folder(published)));
    }

    [Fact]
    public void SourceProject_FromABuildOutputOutsideACheckout_IsNull()
    {
        Assert.Null(StdioLaunch.SourceProject(Folder("elsewhere", "bin", "Debug", "net10.0")));
    }

    public void Dispose() => _folder.Dispose();

    private string Folder(params string[] parts) => Directory.CreateDirectory(_folder.Combine(parts)).FullName;

    private string File(params string[] parts)
    {
        var path = _folder.Combine(parts);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        System.IO.File.WriteAllText(path, string.Empty);
        return path;
    }
}
