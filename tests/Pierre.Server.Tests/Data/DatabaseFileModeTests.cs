using Pierre.Server.Tests.Infrastructure;

namespace Pierre.Server.Tests.Data;

public sealed class DatabaseFileModeTests
{
    [Fact]
    public async Task SqliteFiles_AreReadableByTheirOwnerOnly()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "Unix file modes");
        await using var database = new SqliteTestDatabase();
        await using var app = new PierreAppFactory(database);
        using var client = app.CreateClient();

        var (status, _, _) = await client.PostAsync("/api/auth/register", new { email = "ann@example.com", password = "password123" });

        Assert.Equal(System.Net.HttpStatusCode.Created, status);
        foreach (var file in new[] { database.FilePath, $"{database.FilePath}-wal", $"{database.FilePath}-shm" })
        {
            Assert.True(File.Exists(file), $"{file} exists");
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
        }
    }

    [Fact]
    public async Task ExistingSqliteFiles_AreNarrowedToTheirOwnerAtStart()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "Unix file modes");
        await using var database = new SqliteTestDatabase();
        await using (var first = new PierreAppFactory(database))
        {
            using var client = first.CreateClient();
            await client.PostAsync("/api/auth/register", new { email = "ann@example.com", password = "password123" });
        }

        const UnixFileMode worldReadable = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead;
        File.SetUnixFileMode(database.FilePath, worldReadable);
        await using var second = new PierreAppFactory(database);
        using var secondClient = second.CreateClient();

        var (_, body, _) = await secondClient.PostAsync("/api/auth/login", new { email = "ann@example.com", password = "password123" });

        Assert.NotNull(body);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(database.FilePath));
    }
}
