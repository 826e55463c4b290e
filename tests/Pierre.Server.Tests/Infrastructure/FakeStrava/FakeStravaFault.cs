namespace Pierre.Server.Tests.Infrastructure.FakeStrava;

/// <summary>What an injected fault answers instead of the real response.</summary>
public enum FakeStravaFault
{
    /// <summary>500 with an HTML body, as a failing load balancer would.</summary>
    ServerError,

    /// <summary>429 with Strava's rate-limit body, whatever the usage.</summary>
    TooManyRequests,

    /// <summary>200 with a body that is not JSON.</summary>
    GarbageBody,

    /// <summary>No answer for <see cref="FakeStravaServer.HangDuration"/> (or until the client gives up).</summary>
    Hang,
}
