using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Pierre.Providers;
using Pierre.Providers.OAuth;
using Pierre.Providers.Strava;
using Pierre.Server.Tests.Infrastructure.FakeStrava;

namespace Pierre.Server.Tests.Providers.Strava;

/// <summary>
/// A fake Strava and the Strava provider registered as a host would, with a <see cref="CountingTokenSource"/> in the
/// host's place. Retries back off in milliseconds instead of seconds so failure tests stay fast.
/// </summary>
internal sealed class StravaHarness : IAsyncDisposable
{
    public static readonly Uri RedirectUri = new("http://127.0.0.1:9/oauth/strava/callback");

    private readonly ServiceProvider _services;

    private StravaHarness(FakeStravaServer fake, ServiceProvider services)
    {
        Fake = fake;
        _services = services;
        App = new OAuthApp(fake.ClientId, fake.ClientSecret);
    }

    public FakeStravaServer Fake { get; }

    public OAuthApp App { get; }

    public ProviderAccount Account { get; } = new(Guid.NewGuid(), Guid.NewGuid());

    public IFitnessProvider Provider => _services.GetServices<IFitnessProvider>().Single(p => p.Name == "strava");

    public IOAuthFlow Flow => _services.GetServices<IOAuthFlow>().Single(f => f.Provider == "strava");

    public CountingTokenSource Tokens => _services.GetRequiredService<CountingTokenSource>();

    public static async Task<StravaHarness> StartAsync(TimeProvider? clock = null, TimeSpan? attemptTimeout = null, Action<StravaOptions>? configure = null)
    {
        var fake = await FakeStravaServer.StartAsync(clock);
        var services = new ServiceCollection();
        if (clock is not null)
        {
            services.AddSingleton(clock);
        }

        services.AddStravaProvider(o =>
        {
            fake.Configure(o);
            o.AttemptTimeout = attemptTimeout;
            configure?.Invoke(o);
        });
        services.PostConfigureAll<HttpStandardResilienceOptions>(o => o.Retry.Delay = TimeSpan.FromMilliseconds(10));
        services.AddSingleton(sp => new CountingTokenSource(
            sp.GetServices<IOAuthFlow>().Single(f => f.Provider == "strava"), new OAuthApp(fake.ClientId, fake.ClientSecret)));
        services.AddSingleton<IAccessTokenSource>(sp => sp.GetRequiredService<CountingTokenSource>());
        return new StravaHarness(fake, services.BuildServiceProvider(validateScopes: true));
    }

    /// <summary>Goes through consent at the fake and exchanges the code, as the host's callback would.</summary>
    public async Task<OAuthTokens> ConnectAsync(CancellationToken ct)
    {
        var callback = await AuthorizeAsync("state-1", ct);
        var tokens = await Flow.ExchangeCodeAsync(App, callback["code"]!, RedirectUri, null, callback["scope"], ct);
        Tokens.Current = tokens;
        return tokens;
    }

    /// <summary>The query of the fake's redirect back to Pierre's callback.</summary>
    public async Task<Dictionary<string, string?>> AuthorizeAsync(string state, CancellationToken ct)
    {
        using var handler = new HttpClientHandler { AllowAutoRedirect = false };
        using var browser = new HttpClient(handler);
        using var response = await browser.GetAsync(Flow.AuthorizationUrl(new AuthorizationRequest(App, RedirectUri, state, null)), ct);
        var location = response.Headers.Location ?? throw new InvalidOperationException($"no redirect: {(int)response.StatusCode}");
        Assert.StartsWith(RedirectUri.AbsoluteUri, location.AbsoluteUri, StringComparison.Ordinal);
        return QueryHelpers.ParseQuery(location.Query).ToDictionary(p => p.Key, p => (string?)p.Value.ToString());
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await Fake.DisposeAsync();
    }
}
