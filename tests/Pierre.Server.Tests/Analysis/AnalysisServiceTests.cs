using Pierre.Server.Activities;
using Pierre.Server.Analysis;
using Pierre.Server.Errors;
using Pierre.Server.Tests.Infrastructure;

namespace Pierre.Server.Tests.Analysis;

/// <summary>The analysis services called directly with a <see cref="Server.Auth.Caller"/>, without any front end.</summary>
public sealed class AnalysisServiceTests
{
    [Fact]
    public async Task TrainingLoadAndFitnessScore_ForTheSameCaller_AgreeOnToday()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var h = await StartAsync();
        var ann = await ServiceCallers.RegisterAsync(h, "ann@example.com");

        var load = (await h.CallAsync<TrainingAnalysisService, Result<AthleteLoad>>(s => s.TrainingLoadAsync(ann, new ProviderRequest(null), ct))).Value!;
        var score = (await h.CallAsync<TrainingAnalysisService, Result<FitnessScore>>(s => s.FitnessScoreAsync(ann, new ProviderRequest(null), ct))).Value!;

        Assert.Equal("synthetic", load.Provider);
        Assert.True(load.Load.Today.Fitness > 0);
        Assert.Equal(load.Load.Today.Fitness, score.Ctl);
        Assert.Equal((int)Math.Round(Math.Clamp(score.Ctl, 0, 100)), score.Score);
    }

    [Fact]
    public async Task AnalyzeAsync_AnActivityFromTheList_IsAnalysed_AndAnUnknownIdIsNotFound()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var h = await StartAsync();
        var ann = await ServiceCallers.RegisterAsync(h, "ann@example.com");
        var first = (await h.CallAsync<ActivityService, Result<ActivityPage>>(s => s.ListAsync(ann, new(null, 1, 0, null, null, null), ct))).Value!.Activities[0];

        var analyzed = await h.CallAsync<ActivityAnalysisService, Result<AnalyzedActivity>>(s => s.AnalyzeAsync(ann, new ActivityRequest(first.Id, null), ct));
        var unknown = await h.CallAsync<ActivityAnalysisService, Result<AnalyzedActivity>>(s => s.AnalyzeAsync(ann, new ActivityRequest("no-such-id", null), ct));

        Assert.Equal(first.Id, analyzed.Value!.Activity.Id);
        Assert.True(analyzed.Value.Analysis.Stress.Stress > 0);
        Assert.Equal(RefusalKind.NotFound, unknown.Refusal!.Kind);
    }

    [Fact]
    public async Task BadInput_IsRefusedAsInvalid_BeforeAnythingIsRead()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var h = await StartAsync();
        var bob = await ServiceCallers.RegisterAsync(h, "bob@example.com", connectSynthetic: false);

        var trend = await h.CallAsync<TrainingAnalysisService, Result<PerformanceTrend>>(s => s.TrendAsync(bob, new TrendRequest("run", "cadence", 12, null), ct));
        var recovery = await h.CallAsync<RecoveryService, Result<RecoveryAssessment>>(s => s.RecoveryAsync(bob, new ReadinessRequest(null, 8, 60, null), ct));
        var sleep = await h.CallAsync<RecoveryService, Result<SleepReport>>(s => s.SleepAsync(bob, new SleepRequest(480, 400, null, null), ct));

        Assert.Equal(Refusal.Invalid("argument 'metric' must be pace, power or heart_rate"), trend.Refusal);
        Assert.Equal(Refusal.Invalid("give both hrv_ms and baseline_hrv_ms, or neither"), recovery.Refusal);
        Assert.Equal(RefusalKind.Invalid, sleep.Refusal!.Kind);
    }

    [Fact]
    public async Task PredictAsync_FromAGivenRace_NeedsNoProvider()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var h = await StartAsync();
        var bob = await ServiceCallers.RegisterAsync(h, "bob@example.com", connectSynthetic: false);

        var race = (await h.CallAsync<PerformanceService, Result<PredictedRace>>(s => s.PredictAsync(bob, new PredictionRequest(10_000, 5000, 1200, null, null), ct))).Value!;

        Assert.Equal("arguments", race.ReferenceSource);
        Assert.InRange(race.PredictedSeconds, 2400, 2600);
        Assert.InRange(race.PredictedSeconds, race.LowSeconds, race.HighSeconds);
    }

    private static Task<IdentityHarness> StartAsync() => IdentityHarness.StartAsync(TestDatabases.Sqlite, new() { ["AUTO_APPROVE_USERS"] = "true" });
}
