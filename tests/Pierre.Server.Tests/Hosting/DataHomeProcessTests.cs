using Pierre.Server.Tests.Infrastructure;

namespace Pierre.Server.Tests.Hosting;

/// <summary>The binary run in an empty folder keeps its data in the per-user folder, whatever folder it is run from.</summary>
public sealed class DataHomeProcessTests : IDisposable
{
    private readonly TempDirectory _root = new();

    [Theory]
    [InlineData(true, "xdg/pierre")]
    [InlineData(false, "home/.local/share/pierre")]
    public async Task Migrate_InAnEmptyFolder_PutsDatabaseAndKeysInThePerUserFolderAndSaysSo(bool setXdgDataHome, string expected)
    {
        var environment = new Dictionary<string, string> { ["HOME"] = _root.Combine("home") };
        if (setXdgDataHome)
        {
            environment["XDG_DATA_HOME"] = _root.Combine("xdg");
        }

        var empty = Directory.CreateDirectory(_root.Combine("empty")).FullName;
        var elsewhere = Directory.CreateDirectory(_root.Combine("elsewhere")).FullName;

        await using var first = await ServerProcess.RunAsync(empty, environment, "migrate");
        await using var second = await ServerProcess.RunAsync(elsewhere, environment, "migrate");

        Assert.True(first.ExitCode == 0, first.Stderr);
        var data = _root.Combine(expected.Split('/'));
        Assert.True(File.Exists(Path.Combine(data, "pierre.db")));
        Assert.Equal(32, new FileInfo(Path.Combine(data, "encryption.key")).Length);
        Assert.Equal(64, new FileInfo(Path.Combine(data, "jwt.secret")).Length);
        Assert.Empty(Directory.EnumerateFileSystemEntries(empty));
        Assert.Contains($"Data folder {data} (the per-user default", first.Stderr, StringComparison.Ordinal);
        Assert.Contains("no migration applied", second.Stdout, StringComparison.Ordinal);
    }

    public void Dispose() => _root.Dispose();
}
