using Microsoft.EntityFrameworkCore;
using Pierre.Server.Tests.Infrastructure;

namespace Pierre.Server.Tests.Data;

/// <summary>Every model change must come with a migration for every provider.</summary>
public sealed class MigrationModelTests
{
    [Theory]
    [InlineData("sqlite:/tmp/pierre-model-check.db")]
    [InlineData("postgresql://model:check@127.0.0.1:1/model_check")]
    public void Model_HasNoChangesThatNoMigrationCaptures(string url)
    {
        using var db = new UrlOnlyDatabase(url).CreateContextForModel();

        Assert.False(db.Database.HasPendingModelChanges(), $"the model changed without a migration for {db.Database.ProviderName}; run dotnet ef migrations add (see README)");
        Assert.NotEmpty(db.Database.GetMigrations());
    }

    private sealed class UrlOnlyDatabase(string url) : TestDatabase
    {
        public override string Url => url;

        internal Server.Data.PierreDbContext CreateContextForModel() => CreateContext();

        public override ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
