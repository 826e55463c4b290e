using Pierre.Fitness.Analysis;
using Pierre.Fitness.Model;
using Pierre.Server.Activities;
using Pierre.Server.Auth;
using Pierre.Server.Connections;
using Pierre.Server.Errors;
using Pierre.Server.Intelligence;

namespace Pierre.Server.Analysis;

/// <summary>What the training history says as a whole: load and form, a fitness score, patterns, trends and recommendations.</summary>
internal sealed class TrainingAnalysisService(
    AthleteProfiles profiles, ProviderResolver providers, ActivitySource source, TrainingLoadReport report, TimeProvider clock)
{
    private const int RecommendationWeeks = 12;

    public async Task<Result<AthleteLoad>> TrainingLoadAsync(Caller caller, ProviderRequest request, CancellationToken ct)
    {
        if (!(await profiles.ResolveAsync(caller, request.Provider, ct).ConfigureAwait(false)).TryGetValue(out var context, out var refusal))
        {
            return refusal;
        }

        return new AthleteLoad(context.Provider, await report.ComputeAsync(context, caller.Account, ct).ConfigureAwait(false));
    }

    public async Task<Result<FitnessScore>> FitnessScoreAsync(Caller caller, ProviderRequest request, CancellationToken ct)
    {
        if (!(await TrainingLoadAsync(caller, request, ct).ConfigureAwait(false)).TryGetValue(out var found, out var refusal))
        {
            return refusal;
        }

        var (provider, load) = found;
        var ctl = load.Today.Fitness;
        var earlier = load.Series.Count > 28 ? load.Series[^29].Fitness : 0;
        var level = ctl switch
        {
            < 20 => "beginner",
            < 40 => "recreational",
            < 70 => "trained",
            < 100 => "competitive",
            _ => "elite",
        };
        var trend = (ctl - earlier) switch
        {
            > 3 => "building",
            < -3 => "declining",
            _ => "stable",
        };
        return new FitnessScore(provider, (int)Math.Round(Math.Clamp(ctl, 0, 100)), level, ctl, earlier, trend);
    }

    public async Task<Result<DetectedPatterns>> PatternsAsync(Caller caller, PatternsRequest request, CancellationToken ct)
    {
        if (request.Weeks is < PatternsRequest.MinWeeks or > PatternsRequest.MaxWeeks)
        {
            return Refusal.Invalid($"argument 'weeks' must be a whole number from {PatternsRequest.MinWeeks} to {PatternsRequest.MaxWeeks}");
        }

        if (!(await profiles.ResolveAsync(caller, request.Provider, ct).ConfigureAwait(false)).TryGetValue(out var context, out var refusal))
        {
            return refusal;
        }

        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var activities = await WeeksAsync(context.Provider, caller, now, request.Weeks, ct).ConfigureAwait(false);
        return new DetectedPatterns(
            context.Provider, request.Weeks, context.Profile, TrainingPatterns.Detect(activities, context.Athlete, context.Profile, today, request.Weeks));
    }

    public async Task<Result<PerformanceTrend>> TrendAsync(Caller caller, TrendRequest request, CancellationToken ct)
    {
        if (TrendSport(request.Sport) is not { } sport)
        {
            return Refusal.Invalid("argument 'sport_type' must be run, ride or swim");
        }

        if (TrendMetric(request.Metric) is not { } value)
        {
            return Refusal.Invalid("argument 'metric' must be pace, power or heart_rate");
        }

        if (request.Weeks is < TrendRequest.MinWeeks or > TrendRequest.MaxWeeks)
        {
            return Refusal.Invalid($"argument 'weeks' must be a whole number from {TrendRequest.MinWeeks} to {TrendRequest.MaxWeeks}");
        }

        if (!(await providers.ResolveAsync(caller, request.Provider, ct).ConfigureAwait(false)).TryGetValue(out var provider, out var refusal))
        {
            return refusal;
        }

        var activities = await WeeksAsync(provider, caller, clock.GetUtcNow(), request.Weeks, ct).ConfigureAwait(false);
        var heartRate = request.Metric == "heart_rate";
        var fitted = heartRate
            ? RecentTrends.FitHeartRateAtSimilarEffort(activities, sport, clock.GetUtcNow(), request.Weeks)
            : RecentTrends.Fit(activities, sport, value, clock.GetUtcNow(), request.Weeks);
        if (fitted is not { } line)
        {
            return Refusal.Precondition(heartRate
                ? $"Fewer than 3 {request.Sport} activities with heart rate within ±{RecentTrends.EffortBand * 100:0} % of the median {(sport == Sport.Ride ? "power" : "pace")} in the last {request.Weeks} weeks; try more weeks."
                : $"Fewer than 3 {request.Sport} activities with {request.Metric} in the last {request.Weeks} weeks; try more weeks or another metric.");
        }

        var lowerIsBetter = request.Metric is "pace" or "heart_rate";
        return new PerformanceTrend(
            provider, request.Sport, request.Metric, request.Weeks, line, RecentTrends.Direction(line, lowerIsBetter), heartRate ? RecentTrends.HeartRateMethod : RecentTrends.Method);
    }

    public async Task<Result<TrainingAdvice>> RecommendationsAsync(Caller caller, ProviderRequest request, CancellationToken ct)
    {
        if (!(await profiles.ResolveAsync(caller, request.Provider, ct).ConfigureAwait(false)).TryGetValue(out var context, out var refusal))
        {
            return refusal;
        }

        var computed = await report.ComputeAsync(context, caller.Account, ct).ConfigureAwait(false);
        var today = computed.Today;
        var yesterday = computed.Series.Count > 1 ? computed.Series[^2] : null;
        var load = new LoadState(today.Fitness, today.Fatigue, today.Form, today.AcuteChronicRatio, yesterday?.Fitness ?? 0, yesterday?.Fatigue ?? 0);
        var now = clock.GetUtcNow();
        var activities = await WeeksAsync(context.Provider, caller, now, RecommendationWeeks, ct).ConfigureAwait(false);
        var patterns = TrainingPatterns.Detect(activities, context.Athlete, context.Profile, DateOnly.FromDateTime(now.UtcDateTime), RecommendationWeeks);
        var advice = Recommendations.Build(load, patterns, RecentTrends.Of(activities, now, RecommendationWeeks), context.Profile);
        return new TrainingAdvice(context.Provider, today.Date, context.Profile, RecommendationWeeks, load, advice);
    }

    /// <summary>The activities of the last <paramref name="weeks"/> weeks, and the day before, so the analyses' own cut decides.</summary>
    private Task<IReadOnlyList<Activity>> WeeksAsync(string provider, Caller caller, DateTimeOffset now, int weeks, CancellationToken ct) =>
        source.WindowAsync(provider, caller.Account, now.AddDays(-(7 * weeks) - 1), ct);

    private static Sport? TrendSport(string name) => name switch
    {
        "run" => Sport.Run,
        "ride" => Sport.Ride,
        "swim" => Sport.Swim,
        _ => null,
    };

    private static Func<Activity, double?>? TrendMetric(string name) => name switch
    {
        "pace" => a => a.PaceSecondsPerKilometer,
        "power" => a => a.AveragePowerWatts,
        "heart_rate" => a => a.AverageHeartRate,
        _ => null,
    };
}
