namespace Pierre.Server.Tests.Infrastructure.FakeStrava;

/// <summary>The names the fake counts requests under (<see cref="FakeStravaServer.Requests"/>) and scopes faults to.</summary>
public static class FakeStravaRoutes
{
    public const string Authorize = "GET /oauth/authorize";
    public const string Token = "POST /oauth/token";
    public const string Deauthorize = "POST /oauth/deauthorize";
    public const string Athlete = "GET /api/v3/athlete";
    public const string Activities = "GET /api/v3/athlete/activities";
    public const string Activity = "GET /api/v3/activities/{id}";
    public const string Streams = "GET /api/v3/activities/{id}/streams";
}
