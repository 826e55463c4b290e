namespace Pierre.Server.Analysis;

/// <summary>One night: minutes asleep, and when known minutes in bed, in deep sleep and in REM; all null to read it from a sleep source.</summary>
internal sealed record SleepRequest(double? AsleepMinutes, double? InBedMinutes, double? DeepMinutes, double? RemMinutes);
