using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Pierre.Server.Tests.Infrastructure.FakeFitbit;

public sealed partial class FakeFitbitServer
{
    private const string LocalFormat = "yyyy-MM-dd'T'HH:mm:ss.fff";
    private readonly Dictionary<string, (DateTimeOffset Hour, int Used)> _rate = new(StringComparer.Ordinal);

    private void MapApi()
    {
        _app.MapGet("/1/user/-/profile.json", (Delegate)((HttpContext c) => ApiAsync(c, ProfileRoute, "profile", Profile)));
        _app.MapGet("/1/user/-/activities/list.json", (Delegate)((HttpContext c) => ApiAsync(c, ActivitiesRoute, "activity", ActivityList)));
        _app.MapGet("/1/user/-/activities/heart/date/{day}/1d/1sec/time/{from}/{to}.json", (HttpContext c, string day, string from, string to) =>
            ApiAsync(c, HeartRoute, "heartrate", (_, user) => Intraday(user, day, from, to)));
        _app.MapGet("/1.2/user/-/sleep/date/{first}/{last}.json", (HttpContext c, string first, string last) =>
            ApiAsync(c, SleepRoute, "sleep", (_, user) => Sleep(user, first, last)));
    }

    /// <summary>Fault, Bearer token, per-user hourly budget (with Fitbit's headers), scope — in Fitbit's order.</summary>
    private async Task<IResult> ApiAsync(HttpContext context, string route, string scope, Func<HttpContext, FakeFitbitUser, IResult> answer)
    {
        Count(route);
        if (await FaultAsync(context) is { } fault)
        {
            return fault;
        }

        var header = context.Request.Headers.Authorization.ToString();
        var token = header.StartsWith("Bearer ", StringComparison.Ordinal) ? header["Bearer ".Length..] : "";
        if (_tokens.Access(token) is not { } grant)
        {
            return Results.Json(Errors("invalid_token", $"Access token invalid: {token}. Visit https://dev.fitbit.com/docs/oauth2 for more information on the Fitbit Web API authorization process."), statusCode: 401);
        }

        if (grant.ExpiresAt <= _clock.GetUtcNow())
        {
            return Results.Json(Errors("expired_token", $"Access token expired: {token}. Visit https://dev.fitbit.com/docs/oauth2 for more information on the Fitbit Web API authorization process."), statusCode: 401);
        }

        var (allowed, remaining, reset) = Spend(grant.UserId);
        context.Response.Headers["Fitbit-Rate-Limit-Limit"] = RateLimitPerHour.ToString(CultureInfo.InvariantCulture);
        context.Response.Headers["Fitbit-Rate-Limit-Remaining"] = remaining.ToString(CultureInfo.InvariantCulture);
        context.Response.Headers["Fitbit-Rate-Limit-Reset"] = reset.ToString(CultureInfo.InvariantCulture);
        if (!allowed)
        {
            context.Response.Headers.RetryAfter = reset.ToString(CultureInfo.InvariantCulture);
            return Results.Json(Errors("system", "Too Many Requests"), statusCode: 429);
        }

        return grant.Scopes.Contains(scope)
            ? answer(context, User(grant.UserId))
            : Results.Json(Errors("insufficient_scope", $"This application does not have permission to read {scope} data."), statusCode: 403);
    }

    private (bool Allowed, int Remaining, int ResetSeconds) Spend(string userId)
    {
        var now = _clock.GetUtcNow();
        var hour = new DateTimeOffset(now.Year, now.Month, now.Day, now.Hour, 0, 0, TimeSpan.Zero);
        var reset = (int)Math.Ceiling((hour.AddHours(1) - now).TotalSeconds);
        lock (_rate)
        {
            var used = _rate.TryGetValue(userId, out var window) && window.Hour == hour ? window.Used : 0;
            if (used >= RateLimitPerHour)
            {
                return (false, 0, reset);
            }

            _rate[userId] = (hour, used + 1);
            return (true, RateLimitPerHour - used - 1, reset);
        }
    }

    private static IResult Profile(HttpContext context, FakeFitbitUser user)
    {
        var p = user.Profile;
        var imperial = context.Request.Headers.AcceptLanguage.ToString() == "en_US";
        return Results.Json(new
        {
            user = new
            {
                encodedId = user.Id,
                firstName = p.FirstName,
                lastName = p.LastName,
                fullName = $"{p.FirstName} {p.LastName}",
                gender = p.Gender,
                age = p.Age,
                weight = imperial ? Math.Round(p.WeightKg / 0.45359237, 1) : p.WeightKg,
                height = imperial ? Math.Round(p.HeightCm / 2.54, 1) : p.HeightCm,
                weightUnit = imperial ? "en_US" : "METRIC",
                timezone = p.Timezone,
                offsetFromUTCMillis = p.OffsetFromUtcMillis,
            },
        });
    }

    private static IResult Intraday(FakeFitbitUser user, string day, string from, string to)
    {
        if (!DateOnly.TryParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            || !TimeOnly.TryParseExact(from, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var start)
            || !TimeOnly.TryParseExact(to, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var end))
        {
            return Results.Json(Errors("validation", "Invalid date or time"), statusCode: 400);
        }

        var samples = user.HeartRate(date.ToDateTime(start), date.ToDateTime(end).AddSeconds(59));
        return Results.Json(new Dictionary<string, object>
        {
            ["activities-heart"] = new[] { new { dateTime = day, value = new { heartRateZones = Array.Empty<object>() } } },
            ["activities-heart-intraday"] = new
            {
                dataset = samples.Select(s => new { time = s.Local.ToString("HH:mm:ss", CultureInfo.InvariantCulture), value = s.Bpm }),
                datasetInterval = 1,
                datasetType = "second",
            },
        });
    }

    private static IResult Sleep(FakeFitbitUser user, string first, string last)
    {
        if (!DateOnly.TryParseExact(first, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var start)
            || !DateOnly.TryParseExact(last, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var end)
            || end < start || end.DayNumber - start.DayNumber >= 100)
        {
            return Results.Json(Errors("validation", "The date range must be at most 100 days"), statusCode: 400);
        }

        return Results.Json(new
        {
            sleep = user.Sleep().Where(s => s.DateOfSleep >= start && s.DateOfSleep <= end).OrderByDescending(s => s.End).Select((s, i) => new
            {
                dateOfSleep = s.DateOfSleep.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                duration = (long)(s.End - s.Start).TotalMilliseconds,
                startTime = s.Start.ToString(LocalFormat, CultureInfo.InvariantCulture),
                endTime = s.End.ToString(LocalFormat, CultureInfo.InvariantCulture),
                isMainSleep = s.IsMainSleep,
                logId = 40_000_000_000L + i,
                minutesAsleep = s.MinutesAsleep,
                minutesAwake = s.TimeInBed - s.MinutesAsleep,
                timeInBed = s.TimeInBed,
                type = s.Stages is null ? "classic" : "stages",
                levels = s.Stages is { } st
                    ? (object)new { summary = new { deep = Stage(st.Deep), light = Stage(st.Light), rem = Stage(st.Rem), wake = Stage(st.Wake) } }
                    : new { summary = new { asleep = Stage(s.MinutesAsleep), awake = Stage(s.TimeInBed - s.MinutesAsleep), restless = Stage(0) } },
            }),
        });
    }

    private static object Stage(int minutes) => new { count = 1, minutes, thirtyDayAvgMinutes = minutes };
}
