namespace Pierre.Server.Tests.Infrastructure.FakeFitbit;

/// <summary>A sleep log; times are local without an offset, as Fitbit sends them. With <see cref="Stages"/> it is a "stages" log, else "classic".</summary>
public sealed record FakeFitbitSleep(
    DateOnly DateOfSleep,
    DateTime Start,
    DateTime End,
    int MinutesAsleep,
    int TimeInBed,
    bool IsMainSleep = true,
    FakeFitbitStages? Stages = null);

