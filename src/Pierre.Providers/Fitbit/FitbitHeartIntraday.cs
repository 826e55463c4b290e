using System.Text.Json.Serialization;

namespace Pierre.Providers.Fitbit;

/// <summary><c>GET 1/user/-/activities/heart/date/{day}/1d/1sec/time/{from}/{to}.json</c>: heart-rate samples at local times of day.</summary>
internal sealed record FitbitHeartIntraday(
    [property: JsonPropertyName("activities-heart-intraday")] FitbitIntradaySeries? Intraday);

internal sealed record FitbitIntradaySeries(IReadOnlyList<FitbitIntradaySample>? Dataset);

internal sealed record FitbitIntradaySample(TimeOnly Time, double Value);
