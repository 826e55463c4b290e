using Pierre.Fitness.Goals;
using Pierre.Fitness.Model;
using Pierre.Server.Data.Entities;
using Pierre.Server.Errors;
using Pierre.Server.Goals;
using Pierre.Server.Tests.Infrastructure;

namespace Pierre.Server.Tests.Goals;

/// <summary>The goal service called directly with a <see cref="Server.Auth.Caller"/>: goals belong to their user, in their tenant.</summary>
public sealed class GoalServiceTests
{
    [Fact]
    public async Task AnotherTenantsUser_SeesNothingOfAGoal_AndCannotCancelIt()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var h = await IdentityHarness.StartAsync(TestDatabases.Sqlite, new() { ["AUTO_APPROVE_USERS"] = "true" });
        var ann = await ServiceCallers.RegisterAsync(h, "ann@example.com");
        var bob = await ServiceCallers.InNewTenantAsync(h, "b-club", "bob@b.example");
        var today = await h.CallAsync<GoalService, DateOnly>(g => Task.FromResult(g.Today));
        var draft = new GoalDraft(new GoalSpec(GoalKind.Distance, Sport.Run, 100, today, today.AddDays(30)), null);
        var annsGoal = (await h.CallAsync<GoalService, Result<Goal>>(g => g.CreateAsync(ann, draft, ct))).Value!;
        var unknown = Guid.NewGuid();

        var theirs = await h.CallAsync<GoalService, Result<GoalProgress>>(g => g.TrackAsync(bob, new TrackRequest(annsGoal.Id, null), ct));
        var missing = await h.CallAsync<GoalService, Result<GoalProgress>>(g => g.TrackAsync(bob, new TrackRequest(unknown, null), ct));
        var bobsActive = await h.CallAsync<GoalService, Result<GoalProgress>>(g => g.TrackAsync(bob, new TrackRequest(null, null), ct));
        var cancel = await h.CallAsync<GoalService, Result<Goal>>(g => g.CancelAsync(bob, annsGoal.Id, ct));
        var annsActive = await h.CallAsync<GoalService, Result<GoalProgress>>(g => g.TrackAsync(ann, new TrackRequest(null, null), ct));

        Assert.NotEqual(ann.TenantId, bob.TenantId);
        Assert.Equal(RefusalKind.NotFound, theirs.Refusal!.Kind);
        Assert.Equal(missing.Refusal!.Detail.Replace(unknown.ToString(), annsGoal.Id.ToString(), StringComparison.Ordinal), theirs.Refusal.Detail);
        Assert.Empty(bobsActive.Value!.Goals);
        Assert.Equal(RefusalKind.NotFound, cancel.Refusal!.Kind);
        Assert.Equal(GoalNames.Active, Assert.Single(annsActive.Value!.Goals).Goal.Status);
    }

    [Fact]
    public async Task CreateAsync_ATitleWithControlCharacters_IsInvalid_AndStoresNothing()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var h = await IdentityHarness.StartAsync(TestDatabases.Sqlite, new() { ["AUTO_APPROVE_USERS"] = "true" });
        var ann = await ServiceCallers.RegisterAsync(h, "ann@example.com");
        var today = await h.CallAsync<GoalService, DateOnly>(g => Task.FromResult(g.Today));
        var draft = new GoalDraft(new GoalSpec(GoalKind.Time, null, 10, today, today.AddDays(30)), "Ten hours\u202E");

        var refused = await h.CallAsync<GoalService, Result<Goal>>(g => g.CreateAsync(ann, draft, ct));
        var active = await h.CallAsync<GoalService, Result<GoalProgress>>(g => g.TrackAsync(ann, new TrackRequest(null, null), ct));

        Assert.Equal(RefusalKind.Invalid, refused.Refusal!.Kind);
        Assert.Empty(active.Value!.Goals);
    }

    [Fact]
    public async Task CreateAsync_ATargetDateInThePast_OrAnImpossibleRaceTime_IsInvalid()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var h = await IdentityHarness.StartAsync(TestDatabases.Sqlite, new() { ["AUTO_APPROVE_USERS"] = "true" });
        var ann = await ServiceCallers.RegisterAsync(h, "ann@example.com");
        var today = await h.CallAsync<GoalService, DateOnly>(g => Task.FromResult(g.Today));
        GoalSpec[] impossible =
        [
            new(GoalKind.Distance, Sport.Run, 100, today, today.AddDays(-1)),
            new(GoalKind.Race, Sport.Run, 300, today, today.AddDays(30), 10_000),
        ];

        foreach (var spec in impossible)
        {
            var refused = await h.CallAsync<GoalService, Result<Goal>>(g => g.CreateAsync(ann, new GoalDraft(spec, null), ct));
            Assert.Equal(RefusalKind.Invalid, refused.Refusal!.Kind);
        }
    }
}
