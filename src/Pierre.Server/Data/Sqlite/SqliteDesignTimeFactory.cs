using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Pierre.Server.Data;

/// <summary>Lets <c>dotnet ef migrations add X --context SqlitePierreDbContext</c> build the model without a host.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqlitePierreDbContext>
{
    public SqlitePierreDbContext CreateDbContext(string[] args) =>
        new((DbContextOptions<SqlitePierreDbContext>)DataServiceCollectionExtensions
            .ConfigureSqlite(new DbContextOptionsBuilder<SqlitePierreDbContext>(), "Data Source=design-time.db").Options);
}
