using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Pierre.Server.Data;

/// <summary>Lets <c>dotnet ef migrations add X --context PostgresPierreDbContext</c> build the model without a server.</summary>
internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresPierreDbContext>
{
    public PostgresPierreDbContext CreateDbContext(string[] args) =>
        new((DbContextOptions<PostgresPierreDbContext>)DataServiceCollectionExtensions
            .ConfigurePostgres(new DbContextOptionsBuilder<PostgresPierreDbContext>(), "Host=127.0.0.1;Database=pierre_design").Options);
}
