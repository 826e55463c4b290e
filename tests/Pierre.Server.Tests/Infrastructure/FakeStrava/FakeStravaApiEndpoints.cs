using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Pierre.Server.Tests.Infrastructure.FakeStrava;

/// <summary>The API v3 reads Pierre makes, with Strava's paging, time filters, scope checks and error bodies.</summary>
internal static class FakeStravaApiEndpoints
{
    private const int DefaultPerPage = 30;
    private const int MaxPerPage = 200;

    public static void Map(WebApplication app, FakeStravaServer server)
    {
        var api = app.MapGroup("/api/v3");
        api.MapGet("athlete", () => Results.Json(server.Athlete, FakeStravaGate.Json))
            .AddEndpointFilter(FakeStravaGate.For(server, FakeStravaRoutes.Athlete, api: true));
        api.MapGet("athlete/activities", (HttpContext http) => Activities(server, http))
            .AddEndpointFilter(FakeStravaGate.For(server, FakeStravaRoutes.Activities, api: true));
        api.MapGet("activities/{id}", (HttpContext http, string id) => Activity(server, http, id))
            .AddEndpointFilter(FakeStravaGate.For(server, FakeStravaRoutes.Activity, api: true));
        api.MapGet("activities/{id}/streams", (HttpContext http, string id) => Streams(server, http, id))
            .AddEndpointFilter(FakeStravaGate.For(server, FakeStravaRoutes.Streams, api: true));
    }

    /// <summary>
    /// Strictly after <c>after</c> and before <c>before</c> (epoch seconds); newest first, except that with only
    /// <c>after</c> Strava lists oldest first; <c>per_page</c> defaults to 30 and is capped at 200.
    /// </summary>
    private static IResult Activities(FakeStravaServer server, HttpContext http)
    {
        if (MissingActivityScope(http) is { } missing)
        {
            return missing;
        }

        var query = http.Request.Query;
        if (!Number(query["before"], out var before) || !Number(query["after"], out var after)
            || !Number(query["page"], out var page) || !Number(query["per_page"], out var perPage))
        {
            return FakeStravaErrors.InvalidField("query");
        }

        var from = page is { } p ? Math.Max(1, p) : 1;
        var size = (int)Math.Clamp(perPage ?? DefaultPerPage, 1, MaxPerPage);
        List<FakeStravaActivity> all;
        lock (server.Activities)
        {
            all = [.. server.Activities];
        }

        var window = all
            .Where(a => after is not { } s || a.StartDate.ToUnixTimeSeconds() > s)
            .Where(a => before is not { } s || a.StartDate.ToUnixTimeSeconds() < s);
        var ordered = after is not null && before is null ? window.OrderBy(a => a.StartDate) : window.OrderByDescending(a => a.StartDate);
        var summaries = ordered.Skip((int)Math.Min(int.MaxValue, (from - 1) * size)).Take(size).Select(a => a with { Calories = null });
        return Results.Json(summaries.ToList(), FakeStravaGate.Json);
    }

    private static IResult Activity(FakeStravaServer server, HttpContext http, string id) =>
        MissingActivityScope(http) ?? (Find(server, id) is { } activity
            ? Results.Json(activity, FakeStravaGate.Json)
            : FakeStravaErrors.RecordNotFound("Activity"));

    /// <summary>Only the asked keys the activity recorded; keyed by type when <c>key_by_type=true</c>, else a list.</summary>
    private static IResult Streams(FakeStravaServer server, HttpContext http, string id)
    {
        if (MissingActivityScope(http) is { } missing)
        {
            return missing;
        }

        if (Find(server, id) is not { } activity)
        {
            return FakeStravaErrors.RecordNotFound("Activity");
        }

        var keys = http.Request.Query["keys"].ToString().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var streams = (activity.Streams ?? new Dictionary<string, double?[]>())
            .Where(s => keys.Length == 0 || keys.Contains(s.Key))
            .Select(s => new { type = s.Key, data = s.Value, series_type = "distance", original_size = s.Value.Length, resolution = "high" })
            .ToList();
        return http.Request.Query["key_by_type"] == "true"
            ? Results.Json(streams.ToDictionary(s => s.type, s => (object)new { s.data, s.series_type, s.original_size, s.resolution }), FakeStravaGate.Json)
            : Results.Json(streams, FakeStravaGate.Json);
    }

    private static FakeStravaActivity? Find(FakeStravaServer server, string id)
    {
        lock (server.Activities)
        {
            return long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
                ? server.Activities.FirstOrDefault(a => a.Id == number)
                : null;
        }
    }

    private static IResult? MissingActivityScope(HttpContext http) =>
        http.Items[FakeStravaGate.ScopesItem] is IReadOnlySet<string> scopes && (scopes.Contains("activity:read") || scopes.Contains("activity:read_all"))
            ? null
            : FakeStravaErrors.MissingScope("activity:read");

    private static bool Number(Microsoft.Extensions.Primitives.StringValues value, out long? number)
    {
        number = null;
        if (string.IsNullOrEmpty(value))
        {
            return true;
        }

        if (!long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed))
        {
            return false;
        }

        number = parsed;
        return true;
    }
}
