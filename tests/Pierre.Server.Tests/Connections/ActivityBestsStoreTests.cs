using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.DependencyInjection;
using Pierre.Fitness.Model;
using Pierre.Providers;
using Pierre.Server.Connections;
using Pierre.Server.Data.Entities;
using Pierre.Server.Intelligence;
using Pierre.Server.Tests.Infrastructure;

namespace Pierre.Server.Tests.Connections;

/// <summary>Per-activity bests are computed once from the streams, stored per user, and dropped with the connection.</summary>
public sealed class ActivityBestsStoreTests
{
    private const string Trailmark = FakeFitnessProvider.ProviderName;
    private const string Bare = "b-bare";
    // Whole seconds, as providers give start times, so they round-trip through PostgreSQL's microseconds.
    private static readonly DateTimeOffset Now = DateTimeOffset.FromUnixTimeSeconds(TimeProvider.System.GetUtcNow().ToUnixTimeSeconds());

    // Five hour-long rides, newest first, at 200–260 W and 140–160 bpm, then one with no streams at all.
    private static readonly IReadOnlyList<Activity> Rides =
    [
        .. Enumerable.Range(0, 5).Select(i => new Activity($"b-{i}", "Ride", Sport.Ride, Now.AddDays(-1 - i), 3600, 30_000, AverageHeartRate: 140 + (5 * i), AveragePowerWatts: 200 + (15 * i))),
        new Activity(Bare, "Ride", Sport.Ride, Now.AddDays(-6), 3600, 30_000, AverageHeartRate: 150),
    ];

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task EstimateAsync_SecondCallAfterTheCacheIsDropped_ReadsNoStreams(string database)
    {
        var ct = TestContext.Current.CancellationToken;
        var fake = NewFake();
        await using var h = await StartAsync(database, fake);
        var account = await NewUserAsync(h, ct);
        var finder = h.App.Services.GetRequiredService<ThresholdFinder>();

        var first = await finder.EstimateAsync(Trailmark, account, ct);
        await h.App.Services.GetRequiredService<HybridCache>().RemoveByTagAsync(ProviderCacheKeys.Tag(Trailmark, account), ct);
        var pages = fake.PageReads;
        var second = await finder.EstimateAsync(Trailmark, account, ct);

        Assert.Equal(0.95 * 260, first.FtpWatts!.Value, 1e-9);
        // LTHR is the best 20-min mean HR of a ride of 30 min or more, no factor (the window of Friel's 30-min test).
        Assert.Equal(160, first.Thresholds.CyclingLthrBpm!.Value, 1e-9);
        Assert.Null(first.Thresholds.RunningLthrBpm);
        Assert.Equal((5, 6, 6, false), (first.ActivitiesRead, first.ActivitiesQualified, first.ActivitiesWithBests, first.IsPartial));
        Assert.Equal(first, second);
        Assert.Equal(Rides.Count, fake.StreamReads);
        Assert.True(fake.PageReads > pages, "the window was read again, so the bests came from the database");
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task EstimateAsync_MoreActivitiesThanTheCap_ReadsTheCapAndReportsPartialCoverage(string database)
    {
        var ct = TestContext.Current.CancellationToken;
        var fake = NewFake();
        await using var h = await StartAsync(database, fake, maxStreamReads: 4);
        var account = await NewUserAsync(h, ct);
        var finder = h.App.Services.GetRequiredService<ThresholdFinder>();

        var partial = await finder.EstimateAsync(Trailmark, account, ct);
        Assert.Equal(4, fake.StreamReads);
        var whole = await finder.EstimateAsync(Trailmark, account, ct);
        Assert.Equal(6, fake.StreamReads);
        var again = await finder.EstimateAsync(Trailmark, account, ct);

        // The newest four rides peak at 245 W.
        Assert.Equal(0.95 * 245, partial.FtpWatts!.Value, 1e-9);
        Assert.Equal((6, 4, true), (partial.ActivitiesQualified, partial.ActivitiesWithBests, partial.IsPartial));
        Assert.Equal((6, 6, false), (whole.ActivitiesQualified, whole.ActivitiesWithBests, whole.IsPartial));
        Assert.Equal(0.95 * 260, whole.FtpWatts!.Value, 1e-9);
        Assert.Equal(whole, again);
        Assert.Equal(6, fake.StreamReads);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task ForActivitiesAsync_StoresEachActivitysFigures(string database)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var h = await StartAsync(database, NewFake());
        var account = await NewUserAsync(h, ct);

        var coverage = await h.App.Services.GetRequiredService<ActivityBestsStore>().ForActivitiesAsync(Trailmark, account, Rides, ct);
        var stored = await h.DbAsync(db => db.ActivityBests.AsNoTracking().SingleAsync(b => b.ActivityId == "b-1", ct));

        Assert.Equal(Rides.Select(a => a.Id), coverage.Bests.Select(b => b.ActivityId));
        Assert.Equal((6, 6), (coverage.Asked, coverage.Covered));
        Assert.Equal((Sport.Ride, Rides[1].StartTime.UtcDateTime, 3600), (stored.Sport, stored.StartTime, stored.RecordedSeconds));
        Assert.All(
            new[] { stored.Power5SecondsWatts, stored.Power1MinuteWatts, stored.Power5MinutesWatts, stored.Power20MinutesWatts, stored.Power60MinutesWatts },
            w => Assert.Equal(215, w!.Value, 1e-9));
        Assert.Equal((145.0, 145.0), (stored.HeartRate20MinutesBpm, stored.HeartRate60MinutesBpm));
        Assert.Equal(48, stored.Fastest400MetersSeconds!.Value, 1e-6);   // 30 km in an hour: 8⅓ m/s
        Assert.Equal(120, stored.Fastest1KilometerSeconds!.Value, 1e-6);
        Assert.Equal(1200, stored.Fastest10KilometersSeconds!.Value, 1e-6);
        Assert.Equal(2531.7, stored.FastestHalfMarathonSeconds!.Value, 1e-6);
        Assert.Null((await h.DbAsync(db => db.ActivityBests.AsNoTracking().SingleAsync(b => b.ActivityId == Bare, ct))).Power5SecondsWatts);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task ForActivitiesAsync_ConcurrentCalls_StoreEachActivityOnce(string database)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var h = await StartAsync(database, NewFake());
        var account = await NewUserAsync(h, ct);
        var store = h.App.Services.GetRequiredService<ActivityBestsStore>();

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => store.ForActivitiesAsync(Trailmark, account, Rides, ct)));

        Assert.All(results, r => Assert.Equal(Rides.Count, r.Covered));
        Assert.Equal(Rides.Count, await h.DbAsync(db => db.ActivityBests.CountAsync(b => b.UserId == account.UserId, ct)));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task ForActivitiesAsync_AnotherTenantsUser_NeverGetsTheirBests(string database)
    {
        var ct = TestContext.Current.CancellationToken;
        var fake = NewFake();
        await using var h = await StartAsync(database, fake);
        var ann = await NewUserAsync(h, ct);
        var bob = await NewUserAsync(h, ct);
        var store = h.App.Services.GetRequiredService<ActivityBestsStore>();

        await store.ForActivitiesAsync(Trailmark, ann, Rides, ct);
        var bobs = await store.ForActivitiesAsync(Trailmark, bob, Rides, ct);
        var annInBobsTenant = await store.ForActivitiesAsync(Trailmark, new ProviderAccount(bob.TenantId, ann.UserId), [Rides[0]], ct);

        Assert.Equal(2 * Rides.Count + 1, fake.StreamReads);
        Assert.All(bobs.Bests, b => Assert.Equal((bob.TenantId, bob.UserId), (b.TenantId, b.UserId)));
        Assert.Equal((bob.TenantId, ann.UserId), (annInBobsTenant.Bests[0].TenantId, annInBobsTenant.Bests[0].UserId));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task DisconnectAsync_DeletesTheUsersBestsForThatProviderOnly(string database)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var h = await StartAsync(database, NewFake());
        var ann = await NewUserAsync(h, ct);
        var bob = await NewUserAsync(h, ct);
        var store = h.App.Services.GetRequiredService<ActivityBestsStore>();
        await store.ForActivitiesAsync(Trailmark, ann, Rides, ct);
        await store.ForActivitiesAsync(Trailmark, bob, Rides, ct);
        await h.DbAsync(db =>
        {
            db.ActivityBests.Add(new ActivityBests { TenantId = ann.TenantId, UserId = ann.UserId, Provider = "synthetic", ActivityId = "b-0", Sport = Sport.Run });
            return db.SaveChangesAsync(ct);
        });

        await h.ScopedAsync(sp => sp.GetRequiredService<ConnectionService>().DisconnectAsync(ann.TenantId, ann.UserId, Trailmark, ct));

        var left = await h.DbAsync(db => db.ActivityBests.AsNoTracking().Select(b => new { b.UserId, b.Provider }).ToListAsync(ct));
        Assert.Equal(Rides.Count, left.Count(b => b.UserId == bob.UserId && b.Provider == Trailmark));
        Assert.Equal([("synthetic")], left.Where(b => b.UserId == ann.UserId).Select(b => b.Provider));
    }

    private static FakeFitnessProvider NewFake() =>
        new() { Activities = Rides, Streams = a => a.Id == Bare ? null : FakeFitnessProvider.SteadyStreams(a) };

    private static Task<IdentityHarness> StartAsync(string database, FakeFitnessProvider fake, int? maxStreamReads = null) =>
        IdentityHarness.StartAsync(database, services: services =>
        {
            services.AddSingleton<IFitnessProvider>(fake);
            if (maxStreamReads is { } cap)
            {
                services.Configure<ActivityBestsOptions>(o => o.MaxStreamReadsPerCall = cap);
            }
        });

    /// <summary>A user in a tenant of their own, as the bests' foreign key wants a real user.</summary>
    private static async Task<ProviderAccount> NewUserAsync(IdentityHarness h, CancellationToken ct)
    {
        var tenant = new Tenant { Id = Guid.CreateVersion7(), Name = "Bests", Slug = $"bests-{Guid.NewGuid():N}", Plan = TenantPlan.Starter, CreatedAt = Now.UtcDateTime };
        var user = new User
        {
            Id = Guid.CreateVersion7(),
            TenantId = tenant.Id,
            Email = $"{Guid.NewGuid():N}@example.com",
            DisplayName = "Rider",
            PasswordHash = "hash",
            Status = UserStatus.Active,
            CreatedAt = Now.UtcDateTime,
            UpdatedAt = Now.UtcDateTime,
        };
        await h.DbAsync(db =>
        {
            db.Tenants.Add(tenant);
            db.Users.Add(user);
            return db.SaveChangesAsync(ct);
        });
        return new ProviderAccount(tenant.Id, user.Id);
    }
}
