namespace Pierre.Server.Tests.Infrastructure.FakeFitbit;

/// <summary>Minutes in each sleep stage of a "stages" log.</summary>
public sealed record FakeFitbitStages(int Deep, int Light, int Rem, int Wake);
