using Microsoft.Extensions.Configuration;
using Pierre.Server.Cli;
using Pierre.Server.Configuration;
using Pierre.Server.Tests.Infrastructure;

namespace Pierre.Server.Tests.Cli;

/// <summary><c>reset</c>: confirmation typed or <c>--yes</c>, no deletion without one, and never for PostgreSQL.</summary>
public sealed class ResetCommandTests : IDisposable
{
    private readonly TempDirectory _folder = new();

    [Fact]
    public async Task Reset_WithYesTyped_DeletesTheDatabaseKeysAndPerUserFolder()
    {
        var config = PerUserConfig();
        var data = SeedData(config.DataFolder.Path);
        var output = new StringWriter();

        var code = await ResetCommand.RunAsync(config, confirmed: false, new StringReader("yes\n"), output, new StringWriter());

        Assert.Equal(0, code);
        Assert.False(Directory.Exists(data), output.ToString());
        Assert.Contains("Type yes to delete them:", output.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("no\n")]
    [InlineData("")]
    public async Task Reset_WithoutYesTyped_DeletesNothingAndExits1(string typed)
    {
        var config = PerUserConfig();
        var data = SeedData(config.DataFolder.Path);
        var output = new StringWriter();

        var code = await ResetCommand.RunAsync(config, confirmed: false, new StringReader(typed), output, new StringWriter());

        Assert.Equal(1, code);
        Assert.True(File.Exists(Path.Combine(data, "pierre.db")));
        Assert.True(File.Exists(Path.Combine(data, "encryption.key")));
        Assert.EndsWith($"nothing deleted{Environment.NewLine}", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reset_OfAFolderTheOperatorChoseHoldingOtherFiles_DeletesOnlyPierresFiles()
    {
        var config = Config(("PIERRE_DATA_DIR", _folder.Combine("chosen")));
        var data = SeedData(config.DataFolder.Path);
        await File.WriteAllTextAsync(Path.Combine(data, "notes.txt"), "mine", TestContext.Current.CancellationToken);
        var output = new StringWriter();

        var code = await ResetCommand.RunAsync(config, confirmed: true, null, output, new StringWriter());

        Assert.Equal(0, code);
        Assert.Equal([Path.Combine(data, "notes.txt")], Directory.GetFileSystemEntries(data));
        Assert.Contains("kept", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ResetProcess_WithNoTerminalAndNoYes_RefusesWithExit2AndDeletesNothing()
    {
        Assert.Equal(0, (await ServerProcess.RunAsync(_folder.Path, null, "migrate")).ExitCode);

        await using var reset = await ServerProcess.RunAsync(_folder.Path, null, "reset");

        Assert.Equal(2, reset.ExitCode);
        Assert.Contains("add --yes", reset.Stderr, StringComparison.Ordinal);
        Assert.True(File.Exists(_folder.Combine("data", "pierre.db")));
        Assert.True(File.Exists(_folder.Combine("data", "jwt.secret")));
    }

    [Fact]
    public async Task ResetProcess_WithYes_DeletesTheDataFolderAndAFreshStartBeginsAgain()
    {
        Assert.Equal(0, (await ServerProcess.RunAsync(_folder.Path, null, "migrate")).ExitCode);

        await using var reset = await ServerProcess.RunAsync(_folder.Path, null, "reset", "--yes");
        await using var migrate = await ServerProcess.RunAsync(_folder.Path, null, "migrate");

        Assert.True(reset.ExitCode == 0, reset.Stderr);
        Assert.Contains($"deleted {_folder.Combine("data")}", reset.Stdout, StringComparison.Ordinal);
        Assert.Matches(@"applied [1-9]\d* migration\(s\)", migrate.Stdout);
    }

    [Fact]
    public async Task ResetProcess_OnPostgres_RefusesWithExit2AndKeepsTheKeys()
    {
        var key = _folder.Combine("data", "encryption.key");
        Directory.CreateDirectory(_folder.Combine("data"));
        await File.WriteAllBytesAsync(key, new byte[32], TestContext.Current.CancellationToken);

        await using var reset = await ServerProcess.RunAsync(
            _folder.Path, new Dictionary<string, string> { ["DATABASE_URL"] = "postgresql://pierre:secret@db.invalid/pierre" }, "reset", "--yes");

        Assert.Equal(2, reset.ExitCode);
        Assert.Contains("reset refused: DATABASE_URL is postgresql://pierre@db.invalid:5432/pierre", reset.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", reset.Stderr + reset.Stdout, StringComparison.Ordinal);
        Assert.True(File.Exists(key));
    }

    public void Dispose() => _folder.Dispose();

    private ServerConfig PerUserConfig() => Config(("HOME", _folder.Combine("home")));

    private ServerConfig Config(params (string Key, string Value)[] values) =>
        ServerConfig.Load(
            new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build(),
            _folder.Path, UserPlatform.Linux);

    private static string SeedData(string data)
    {
        Directory.CreateDirectory(data);
        foreach (var file in new[] { "pierre.db", "pierre.db-wal", "encryption.key", "jwt.secret" })
        {
            File.WriteAllText(Path.Combine(data, file), "x");
        }

        return data;
    }
}
