using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Pierre.Server.Data;
using Pierre.Server.Data.Entities;
using Pierre.Server.Tests.Infrastructure;
using Pierre.Server.Usage;

namespace Pierre.Server.Tests.Usage;

/// <summary>The usage writer bypasses EF's change tracker; what it writes must read back through EF exactly as EF's own rows do.</summary>
public sealed class UsageRowWriterTests
{
    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Rows_OverSeveralStatements_ReadBackThroughEfUnchanged(string provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabases.CreateAsync(provider);
        await using (var db = database.CreateContext())
        {
            await database.Initializer(db).InitializeAsync(ct);
        }

        var tenant = Guid.CreateVersion7();
        var user = Guid.CreateVersion7();
        var key = Guid.CreateVersion7();
        var start = new DateTime(2026, 12, 1, 0, 0, 0, DateTimeKind.Utc);
        var count = (20 * UsageRowWriter.RowsPerStatement) + 3;
        var written = Enumerable.Range(0, count).Select(i => new ApiKeyUsage
        {
            TenantId = tenant, UserId = user, ApiKeyId = i % 3 == 0 ? null : key,
            Operation = i % 2 == 0 ? $"tool:get_activities {i}" : "GET /api/keys/{id} — “quoted” ü",
            StatusCode = 200 + (i % 5), DurationMs = i, Timestamp = start.AddTicks(i * 12_345_670L),
        }).ToList();

        await using (var db = database.CreateContext())
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await UsageRowWriter.InsertAsync(db, written, ct);
            await transaction.CommitAsync(ct);
        }

        await using var read = database.CreateContext();
        var rows = await read.ApiKeyUsage.Where(u => u.TenantId == tenant).OrderBy(u => u.DurationMs).ToListAsync(ct);
        Assert.Equal(count, rows.Count);
        Assert.All(rows.Zip(written), pair =>
        {
            var (got, sent) = pair;
            Assert.Equal((sent.TenantId, sent.UserId, sent.ApiKeyId, sent.Operation, sent.StatusCode, sent.DurationMs),
                (got.TenantId, got.UserId, got.ApiKeyId, got.Operation, got.StatusCode, got.DurationMs));
            Assert.Equal(sent.Timestamp.Ticks / 10, got.Timestamp.Ticks / 10);
            Assert.Equal(DateTimeKind.Utc, got.Timestamp.Kind);
        });
        Assert.Equal(count, rows.Select(r => r.Id).Distinct().Count());

        // The quota tracker's own query shape: by key and from a moment, as EF translates it on this provider.
        var midpoint = written[count / 2].Timestamp;
        Assert.Equal(written.Count(u => u.ApiKeyId == key && u.Timestamp >= midpoint),
            await read.ApiKeyUsage.CountAsync(u => u.TenantId == tenant && u.ApiKeyId == key && u.Timestamp >= midpoint, ct));
        Assert.Equal(written.Count(u => u.ApiKeyId == null),
            await read.ApiKeyUsage.CountAsync(u => u.UserId == user && u.ApiKeyId == null, ct));
    }
}
