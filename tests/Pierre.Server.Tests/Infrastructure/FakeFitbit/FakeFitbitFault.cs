namespace Pierre.Server.Tests.Infrastructure.FakeFitbit;

/// <summary>What the fake answers instead of the real thing, for the next requests (see <see cref="FakeFitbitServer.FailNext"/>).</summary>
public enum FakeFitbitFault
{
    ServerError,
    TooManyRequests,
    Garbage,
    Hang,
}
