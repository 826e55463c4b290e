using BenchmarkDotNet.Attributes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pierre.Server.Auth;
using Pierre.Server.Data;
using Pierre.Server.Data.Entities;
using Pierre.Server.Usage;

namespace Pierre.Benchmarks.Server;

/// <summary>
/// What the usage flush writes for each counted request: one flush's batch of rows through <see cref="UsageRowWriter"/>
/// in one transaction, on the SQLite file of <see cref="BenchmarkHost"/>. The transaction is rolled back, so every
/// iteration writes into a table of the same size; a real flush also commits, once a second.
/// </summary>
[MemoryDiagnoser]
public class UsageWriteBenchmarks
{
    private const int Rows = 500;
    private BenchmarkHost _host = null!;
    private ApiKeyUsage[] _rows = null!;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _host = await BenchmarkHost.StartAsync();
        var userId = AuthManager.UserId(_host.Owner) ?? throw new InvalidOperationException("the owner has no id");
        var tenantId = CallerTenant.Of(_host.Owner) ?? throw new InvalidOperationException("the owner has no tenant");
        var at = DateTime.SpecifyKind(new DateTime(2026, 12, 7, 12, 0, 0), DateTimeKind.Utc);
        _rows = [.. Enumerable.Range(0, Rows).Select(i => new ApiKeyUsage
        {
            TenantId = tenantId, UserId = userId, ApiKeyId = Guid.NewGuid(), Operation = "tool:get_activities",
            StatusCode = 200, DurationMs = i % 7, Timestamp = at.AddMilliseconds(i),
        })];
    }

    [GlobalCleanup]
    public async Task CleanupAsync() => await _host.DisposeAsync();

    /// <summary>Per row: the batch's time divided by its rows.</summary>
    [Benchmark(OperationsPerInvoke = Rows)]
    public async Task WriteRow()
    {
        await using var scope = _host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PierreDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync();
        await UsageRowWriter.InsertAsync(db, _rows, CancellationToken.None);
        await transaction.RollbackAsync();
    }
}
