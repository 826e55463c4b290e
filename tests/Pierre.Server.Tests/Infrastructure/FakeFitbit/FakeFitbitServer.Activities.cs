using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace Pierre.Server.Tests.Infrastructure.FakeFitbit;

public sealed partial class FakeFitbitServer
{
    /// <summary>
    /// Fitbit's list rules: exactly one of beforeDate (with sort=desc) or afterDate (with sort=asc), limit 1–100, and
    /// <c>pagination.next</c> the full URL of the following page, or empty on the last.
    /// </summary>
    private IResult ActivityList(HttpContext context, FakeFitbitUser user)
    {
        var q = context.Request.Query;
        string? before = q["beforeDate"], after = q["afterDate"], sort = q["sort"];
        var limit = int.TryParse(q["limit"], CultureInfo.InvariantCulture, out var l) ? l : -1;
        var offset = int.TryParse(q["offset"], CultureInfo.InvariantCulture, out var o) ? o : -1;
        if ((before is null) == (after is null) || sort != (before is null ? "asc" : "desc") || limit is < 1 or > 100 || offset < 0
            || !TryLocal(before ?? after!, out var bound))
        {
            return Results.Json(Errors("validation", "Exactly one of beforeDate/afterDate, sort desc/asc to match, limit 1..100 and offset are required."), statusCode: 400);
        }

        var all = user.Activities()
            .Where(a => before is null ? a.Start.DateTime > bound : a.Start.DateTime < bound)
            .OrderBy(a => a.Start.DateTime)
            .ToList();
        if (sort == "desc")
        {
            all.Reverse();
        }

        string Link(int at) => $"{ApiBase}1/user/-/activities/list.json?{(before is null ? "afterDate=" + after : "beforeDate=" + before)}&sort={sort}&limit={limit}&offset={at}";
        return Results.Json(new
        {
            activities = all.Skip(offset).Take(limit).Select(Log),
            pagination = new
            {
                beforeDate = before,
                afterDate = after,
                limit,
                offset,
                sort,
                next = offset + limit < all.Count ? Link(offset + limit) : "",
                previous = offset > 0 ? Link(Math.Max(0, offset - limit)) : "",
            },
        });
    }

    private static Dictionary<string, object> Log(FakeFitbitActivity a)
    {
        var log = new Dictionary<string, object>
        {
            ["logId"] = a.LogId,
            ["activityName"] = a.Name,
            ["startTime"] = a.Start.ToString("yyyy-MM-dd'T'HH:mm:ss.fffzzz", CultureInfo.InvariantCulture),
            ["activeDuration"] = (long)a.Active.TotalMilliseconds,
            ["duration"] = (long)a.Elapsed.TotalMilliseconds,
            ["calories"] = a.Calories,
            ["logType"] = "auto_detected",
        };
        if (a.Distance is { } distance)
        {
            (log["distance"], log["distanceUnit"]) = (distance, a.DistanceUnit);
        }

        if (a.AverageHeartRate is { } hr)
        {
            log["averageHeartRate"] = hr;
        }

        if (a.ElevationGain is { } gain)
        {
            log["elevationGain"] = gain;
        }

        return log;
    }

    private static bool TryLocal(string value, out DateTime local) =>
        DateTime.TryParseExact(value, ["yyyy-MM-dd", "yyyy-MM-dd'T'HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out local);
}
