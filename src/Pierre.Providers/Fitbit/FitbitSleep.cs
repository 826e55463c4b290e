using Pierre.Fitness.Model;

namespace Pierre.Providers.Fitbit;

/// <summary>Fitbit sleep logs as Pierre's sleep sessions.</summary>
internal static class FitbitSleep
{
    /// <summary>Fitbit's largest sleep range per request, in days.</summary>
    public const int MaxRangeDays = 100;

    /// <summary>
    /// Stage minutes only for "stages" logs; a "classic" log (asleep/restless/awake) has none. Fitbit gives local
    /// times without an offset: <paramref name="zone"/> (the profile's time zone) places them.
    /// </summary>
    public static SleepSession ToSession(FitbitSleepLog log, TimeZoneInfo zone)
    {
        var summary = string.Equals(log.Type, "stages", StringComparison.OrdinalIgnoreCase) ? log.Levels?.Summary : null;
        return new SleepSession(
            log.DateOfSleep,
            Place(log.StartTime, zone),
            Place(log.EndTime, zone),
            log.MinutesAsleep,
            log.TimeInBed,
            summary?.Deep?.Minutes,
            summary?.Rem?.Minutes,
            summary?.Light?.Minutes,
            summary?.Wake?.Minutes,
            log.IsMainSleep);
    }

    /// <summary>The user's zone from the profile: its IANA id, else its current fixed offset, else UTC.</summary>
    public static TimeZoneInfo ZoneOf(FitbitUser? user)
    {
        if (user?.Timezone is { Length: > 0 } id && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone))
        {
            return zone;
        }

        return user?.OffsetFromUtcMillis is { } millis
            ? TimeZoneInfo.CreateCustomTimeZone("fitbit", TimeSpan.FromMilliseconds(millis), "fitbit", "fitbit")
            : TimeZoneInfo.Utc;
    }

    private static DateTimeOffset Place(DateTime local, TimeZoneInfo zone)
    {
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        return new DateTimeOffset(unspecified, zone.GetUtcOffset(unspecified));
    }
}
