using System.Net.Http.Headers;
using Microsoft.Extensions.Time.Testing;
using Pierre.Providers;
using Pierre.Providers.RateLimits;
using Pierre.Providers.Strava;
using Pierre.Server.Tests.Infrastructure.FakeStrava;

namespace Pierre.Server.Tests.Providers.Strava;

public sealed class StravaRateLimitTests
{
    private static readonly DateTimeOffset FivePastTen = new(2026, 11, 29, 10, 5, 0, TimeSpan.Zero);

    [Fact]
    public void Read_StravaHeaders_GivesFourWindowsResettingAtQuarterHourAndMidnightUtc()
    {
        using var response = new HttpResponseMessage();
        response.Headers.Add("X-RateLimit-Limit", "200,2000");
        response.Headers.Add("X-RateLimit-Usage", "10,100");
        response.Headers.Add("X-ReadRateLimit-Limit", "100,1000");
        response.Headers.Add("X-ReadRateLimit-Usage", "9, 99");

        var windows = StravaRateLimits.Read(response.Headers, FivePastTen);

        var quarter = FivePastTen.AddMinutes(10);
        var midnight = new DateTimeOffset(2026, 11, 30, 0, 0, 0, TimeSpan.Zero);
        Assert.Equal(
            [new RateWindow("15min", 200, 10, quarter), new RateWindow("daily", 2000, 100, midnight),
             new RateWindow("read-15min", 100, 9, quarter), new RateWindow("read-daily", 1000, 99, midnight)],
            windows);
    }

    [Theory]
    [InlineData("2026-11-29T10:00:00Z", "2026-11-29T10:15:00Z")]
    [InlineData("2026-11-29T10:14:59Z", "2026-11-29T10:15:00Z")]
    [InlineData("2026-11-29T10:15:00Z", "2026-11-29T10:30:00Z")]
    [InlineData("2026-11-29T23:50:00Z", "2026-11-30T00:00:00Z")]
    public void NextQuarterHour_Time_IsTheNextWholeQuarter(string now, string expected) =>
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture),
            StravaRateLimits.NextQuarterHour(DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData(null, null)]
    [InlineData("200,2000", null)]
    [InlineData("200", "10")]
    [InlineData("a,b", "1,2")]
    public void Read_MissingOrMalformedHeaders_GivesNoWindows(string? limit, string? usage)
    {
        using var response = new HttpResponseMessage();
        if (limit is not null)
        {
            response.Headers.TryAddWithoutValidation("X-RateLimit-Limit", limit);
        }

        if (usage is not null)
        {
            response.Headers.TryAddWithoutValidation("X-RateLimit-Usage", usage);
        }

        Assert.Empty(StravaRateLimits.Read(response.Headers, FivePastTen));
    }

    [Fact]
    public async Task GetAthleteAsync_Over15MinuteLimit_RateLimitedAndNothingSentUntilTheQuarterHour()
    {
        var ct = TestContext.Current.CancellationToken;
        var clock = new FakeTimeProvider(FivePastTen);
        await using var strava = await StravaHarness.StartAsync(clock);
        await strava.ConnectAsync(ct);
        strava.Fake.SetRateUsage(200, 500, 100, 500);

        var limited = await Assert.ThrowsAsync<ProviderException>(() => strava.Provider.GetAthleteAsync(strava.Account, ct));
        Assert.Equal((ProviderFailure.RateLimited, TimeSpan.FromMinutes(10)), (limited.Failure, limited.RetryAfter));

        clock.Advance(TimeSpan.FromMinutes(9));
        var again = await Assert.ThrowsAsync<ProviderException>(() => strava.Provider.GetAthleteAsync(strava.Account, ct));
        Assert.Equal((ProviderFailure.RateLimited, TimeSpan.FromMinutes(1)), (again.Failure, again.RetryAfter));
        Assert.Equal(1, strava.Fake.ApiRequests);

        clock.Advance(TimeSpan.FromMinutes(1));
        var athlete = await strava.Provider.GetAthleteAsync(strava.Account, ct);

        Assert.Equal("4242", athlete.Id);
        Assert.Equal(2, strava.Fake.ApiRequests);
    }

    [Fact]
    public async Task GetActivitiesAsync_UsageOneBelowReadLimit_SendsExactlyOneMoreThenRefusesWithoutARequest()
    {
        var ct = TestContext.Current.CancellationToken;
        var clock = new FakeTimeProvider(FivePastTen);
        await using var strava = await StravaHarness.StartAsync(clock);
        await strava.ConnectAsync(ct);
        strava.Fake.SetRateUsage(50, 500, 98, 500);
        await strava.Provider.GetActivitiesAsync(strava.Account, new ActivityQuery(), ct);

        await strava.Provider.GetActivitiesAsync(strava.Account, new ActivityQuery(), ct);
        var refused = await Assert.ThrowsAsync<ProviderException>(() => strava.Provider.GetActivitiesAsync(strava.Account, new ActivityQuery(), ct));

        Assert.Equal((ProviderFailure.RateLimited, TimeSpan.FromMinutes(10)), (refused.Failure, refused.RetryAfter));
        Assert.Equal(2, strava.Fake.Requests(FakeStravaRoutes.Activities));
    }

    [Fact]
    public async Task GetAthleteAsync_DailyLimitSpent_WaitsUntilMidnightUtc()
    {
        var ct = TestContext.Current.CancellationToken;
        var clock = new FakeTimeProvider(FivePastTen);
        await using var strava = await StravaHarness.StartAsync(clock);
        await strava.ConnectAsync(ct);
        strava.Fake.SetRateUsage(0, 2000, 0, 0);

        var limited = await Assert.ThrowsAsync<ProviderException>(() => strava.Provider.GetAthleteAsync(strava.Account, ct));

        Assert.Equal(TimeSpan.FromHours(13) + TimeSpan.FromMinutes(55), limited.RetryAfter);
        clock.Advance(TimeSpan.FromHours(1));
        await Assert.ThrowsAsync<ProviderException>(() => strava.Provider.GetAthleteAsync(strava.Account, ct));
        Assert.Equal(1, strava.Fake.ApiRequests);
    }
}
