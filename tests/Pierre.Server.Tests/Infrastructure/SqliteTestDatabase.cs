using Microsoft.Data.Sqlite;

namespace Pierre.Server.Tests.Infrastructure;

public sealed class SqliteTestDatabase : TestDatabase
{
    private readonly TempDirectory _directory = new();

    public override string Url => $"sqlite:{_directory.Combine("data", "pierre.db")}";

    public string FilePath => _directory.Combine("data", "pierre.db");

    public override ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        _directory.Dispose();
        return ValueTask.CompletedTask;
    }
}
