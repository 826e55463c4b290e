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

/// <summary>Minutes in each sleep stage of a "stages" log.</summary>
public sealed record FakeFitbitStages(int Deep, int Light, int Rem, int Wake);
