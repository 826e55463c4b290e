namespace Pierre.Server.Analysis;

/// <summary>One night: minutes asleep, and when known minutes in bed, in deep sleep and in REM.</summary>
internal sealed record SleepRequest(double AsleepMinutes, double? InBedMinutes, double? DeepMinutes, double? RemMinutes);
