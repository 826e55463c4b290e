using System.Globalization;
using System.Text.Json.Serialization;

namespace Pierre.Server.Tests.Infrastructure.FakeStrava;

/// <summary>
/// One activity the fake serves, with Strava's field names (written snake_case). <see cref="Calories"/> appears only in
/// <c>GET activities/{id}</c>, as on Strava. <see cref="Streams"/> maps a stream key (time, distance, velocity_smooth,
/// altitude, heartrate, watts) to its samples; null means the activity has none.
/// </summary>
public sealed record FakeStravaActivity
{
    public required long Id { get; init; }

    public string Name { get; init; } = "Morning Run";

    public string Type { get; init; } = "Run";

    public string? SportType { get; init; } = "Run";

    [JsonIgnore]
    public required DateTimeOffset StartDate { get; init; }

    /// <summary>Strava writes UTC times with a Z.</summary>
    [JsonPropertyName("start_date")]
    public string StartDateUtc => StartDate.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public double Distance { get; init; }

    public int MovingTime { get; init; }

    public int ElapsedTime { get; init; }

    public double TotalElevationGain { get; init; }

    public bool HasHeartrate => AverageHeartrate is not null;

    public double? AverageHeartrate { get; init; }

    public double? MaxHeartrate { get; init; }

    public double? AverageWatts { get; init; }

    public double? WeightedAverageWatts { get; init; }

    public bool? DeviceWatts { get; init; }

    public double? Kilojoules { get; init; }

    public double? PerceivedExertion { get; init; }

    public double? Calories { get; init; }

    [JsonIgnore]
    public IReadOnlyDictionary<string, double?[]>? Streams { get; init; }
}
