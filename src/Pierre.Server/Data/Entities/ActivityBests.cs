using Pierre.Fitness.Model;

namespace Pierre.Server.Data.Entities;

/// <summary>
/// The best efforts inside one recorded activity, derived once from its streams and kept for the user so estimates do
/// not read the streams again. A figure is null when the activity did not record the channel or was shorter; an
/// activity without streams keeps a row of nulls (with <see cref="RecordedSeconds"/> 0) so it is not asked for again.
/// </summary>
internal sealed class ActivityBests : ITenantOwned
{
    public Guid Id { get; set; }
    public Guid TenantId { get; set; }
    public Guid UserId { get; set; }
    public required string Provider { get; set; }
    public required string ActivityId { get; set; }
    public Sport Sport { get; set; }
    public DateTime StartTime { get; set; }

    /// <summary>Length of the streams in samples (1 Hz), 0 when the provider had none.</summary>
    public int RecordedSeconds { get; set; }

    /// <summary>Mean-maximal power (W) over 5 s, 1, 5, 20 and 60 min.</summary>
    public double? Power5SecondsWatts { get; set; }
    public double? Power1MinuteWatts { get; set; }
    public double? Power5MinutesWatts { get; set; }
    public double? Power20MinutesWatts { get; set; }
    public double? Power60MinutesWatts { get; set; }

    /// <summary>Highest mean heart rate (bpm) over 20 and 60 min.</summary>
    public double? HeartRate20MinutesBpm { get; set; }
    public double? HeartRate60MinutesBpm { get; set; }

    /// <summary>Fastest time (s) over 400 m, 1 km, 5 km, 10 km and the half marathon, where the activity covered them.</summary>
    public double? Fastest400MetersSeconds { get; set; }
    public double? Fastest1KilometerSeconds { get; set; }
    public double? Fastest5KilometersSeconds { get; set; }
    public double? Fastest10KilometersSeconds { get; set; }
    public double? FastestHalfMarathonSeconds { get; set; }

    public DateTime ComputedAt { get; set; }
}
