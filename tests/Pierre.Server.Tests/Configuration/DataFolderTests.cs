using Microsoft.Extensions.Configuration;
using Pierre.Server.Configuration;
using Pierre.Server.Tests.Infrastructure;

namespace Pierre.Server.Tests.Configuration;

public sealed class DataFolderTests : IDisposable
{
    private readonly TempDirectory _current = new();

    [Fact]
    public void Resolve_NoLocalDataFolderOnLinux_IsLocalSharePierreUnderHome()
    {
        var folder = Resolve(UserPlatform.Linux, ("HOME", "/home/ann"));

        Assert.Equal(new DataFolder("/home/ann/.local/share/pierre", DataFolderOrigin.PerUser), folder);
    }

    [Fact]
    public void Resolve_NoLocalDataFolderOnMacOS_IsApplicationSupportPierreUnderHome()
    {
        var folder = Resolve(UserPlatform.MacOS, ("HOME", "/Users/ann"), ("XDG_DATA_HOME", "/srv/xdg"));

        Assert.Equal(new DataFolder("/Users/ann/Library/Application Support/Pierre", DataFolderOrigin.PerUser), folder);
    }

    [Fact]
    public void Resolve_XdgDataHomeOnLinux_IsPierreUnderIt()
    {
        var folder = Resolve(UserPlatform.Linux, ("HOME", "/home/ann"), ("XDG_DATA_HOME", "/srv/xdg"));

        Assert.Equal(new DataFolder("/srv/xdg/pierre", DataFolderOrigin.PerUser), folder);
    }

    [Fact]
    public void Resolve_RelativeXdgDataHome_IsIgnoredAsTheSpecSays()
    {
        var folder = Resolve(UserPlatform.Linux, ("HOME", "/home/ann"), ("XDG_DATA_HOME", "relative/xdg"));

        Assert.Equal("/home/ann/.local/share/pierre", folder.Path);
    }

    [Fact]
    public void Resolve_Windows_IsPierreUnderLocalAppData()
    {
        var folder = Resolve(UserPlatform.Windows, ("LOCALAPPDATA", "/users/ann/appdata/local"), ("HOME", "/ignored"));

        Assert.Equal(Path.Combine("/users/ann/appdata/local", "Pierre"), folder.Path);
    }

    [Fact]
    public void Resolve_ExistingLocalDataFolder_KeepsUsingIt()
    {
        Directory.CreateDirectory(_current.Combine("data"));

        var folder = Resolve(UserPlatform.Linux, ("HOME", "/home/ann"), ("XDG_DATA_HOME", "/srv/xdg"));

        Assert.Equal(new DataFolder(_current.Combine("data"), DataFolderOrigin.CurrentFolder), folder);
    }

    [Fact]
    public void Resolve_PierreDataDir_WinsOverLocalAndPerUserFolders()
    {
        Directory.CreateDirectory(_current.Combine("data"));

        var folder = Resolve(UserPlatform.Linux, ("HOME", "/home/ann"), ("PIERRE_DATA_DIR", "elsewhere/pierre"));

        Assert.Equal(new DataFolder(_current.Combine("elsewhere", "pierre"), DataFolderOrigin.Variable), folder);
    }

    [Fact]
    public void Resolve_NoHomeVariable_UsesTheAccountsHomeFromTheSystem()
    {
        var folder = DataFolder.Resolve(_ => null, _current.Path, UserPlatform.Linux, userProfile: "/home/from-passwd");

        Assert.Equal("/home/from-passwd/.local/share/pierre", folder.Path);
    }

    [Fact]
    public void Resolve_NoHome_AsksForPierreDataDir()
    {
        var error = Assert.Throws<ConfigurationException>(() => Resolve(UserPlatform.Linux));

        Assert.Contains("PIERRE_DATA_DIR", error.Message, StringComparison.Ordinal);
        Assert.Contains("HOME is not set", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_NothingSet_PutsTheDatabaseAndBothKeysInTheDataFolder()
    {
        var config = ServerConfig.Load(Configuration(("HOME", "/home/ann")), _current.Path, UserPlatform.Linux);

        Assert.Equal("/home/ann/.local/share/pierre", config.DataFolder.Path);
        Assert.Equal("/home/ann/.local/share/pierre/pierre.db", config.Database.SqliteFilePath);
        Assert.Equal("/home/ann/.local/share/pierre/encryption.key", config.EncryptionKeyPath);
        Assert.Equal("/home/ann/.local/share/pierre/jwt.secret", config.JwtSecretPath);
    }

    [Fact]
    public void Load_ExplicitPaths_WinOverTheDataFolder()
    {
        var config = ServerConfig.Load(
            Configuration(("PIERRE_DATA_DIR", "/srv/pierre"), ("DATABASE_URL", "sqlite:/db/p.db"),
                ("DATABASE_ENCRYPTION_KEY_PATH", "/keys/enc.key"), ("JWT_SECRET_PATH", "/keys/jwt.secret")),
            _current.Path, UserPlatform.Linux);

        Assert.Equal("/srv/pierre", config.DataFolder.Path);
        Assert.Equal("/db/p.db", config.Database.SqliteFilePath);
        Assert.Equal("/keys/enc.key", config.EncryptionKeyPath);
        Assert.Equal("/keys/jwt.secret", config.JwtSecretPath);
    }

    public void Dispose() => _current.Dispose();

    private DataFolder Resolve(UserPlatform platform, params (string Name, string Value)[] variables) =>
        DataFolder.Resolve(name => variables.FirstOrDefault(v => v.Name == name).Value, _current.Path, platform);

    private static IConfiguration Configuration(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build();
}
