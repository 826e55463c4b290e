namespace Pierre.Fitness.Model;

/// <summary>
/// One night's sleep as a wearable records it: minutes asleep and in bed, and the stage minutes when staged (null
/// otherwise). <see cref="Date"/> is the day the sleep ended, as providers file it.
/// </summary>
public sealed record SleepSession(
    DateOnly Date,
    DateTimeOffset Start,
    DateTimeOffset End,
    double AsleepMinutes,
    double InBedMinutes,
    double? DeepMinutes = null,
    double? RemMinutes = null,
    double? LightMinutes = null,
    double? AwakeMinutes = null,
    bool IsMainSleep = true);
