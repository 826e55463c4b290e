namespace Pierre.Providers.Fitbit;

/// <summary><c>GET 1.2/user/-/sleep/date/{start}/{end}.json</c>; start and end times are local, without an offset.</summary>
internal sealed record FitbitSleepResponse(IReadOnlyList<FitbitSleepLog>? Sleep);

/// <summary>One sleep log; <see cref="Type"/> is "stages" (deep/light/rem/wake) or "classic" (asleep/restless/awake).</summary>
internal sealed record FitbitSleepLog(
    DateOnly DateOfSleep,
    DateTime StartTime,
    DateTime EndTime,
    double MinutesAsleep,
    double TimeInBed,
    bool IsMainSleep,
    string? Type,
    FitbitSleepLevels? Levels);

internal sealed record FitbitSleepLevels(FitbitSleepSummary? Summary);

internal sealed record FitbitSleepSummary(FitbitStage? Deep, FitbitStage? Light, FitbitStage? Rem, FitbitStage? Wake);

internal sealed record FitbitStage(double Minutes);
