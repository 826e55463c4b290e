using Microsoft.Extensions.DependencyInjection;
using Pierre.Providers;
using Pierre.Providers.OAuth;
using Pierre.Providers.Strava;

namespace Pierre.Server.Tests.Providers.Strava;

public sealed class StravaRegistrationTests
{
    [Fact]
    public void AddStravaProvider_CalledTwice_RegistersOneProviderAndOneFlowButNoTokenSource()
    {
        var services = new ServiceCollection();

        services.AddStravaProvider(o => o.ClientId = "123").AddStravaProvider(o => o.ClientId = "123");

        Assert.Single(services, d => d.ServiceType == typeof(IFitnessProvider));
        Assert.Single(services, d => d.ServiceType == typeof(IOAuthFlow));
        Assert.DoesNotContain(services, d => d.ServiceType == typeof(IAccessTokenSource));
    }

    [Fact]
    public void AddStravaProvider_NoClientId_InstalledButNotConfigured()
    {
        using var provider = new ServiceCollection()
            .AddStravaProvider(_ => { })
            .AddSingleton<IAccessTokenSource>(new CountingTokenSource(null!, new OAuthApp("x", "y")))
            .BuildServiceProvider();

        var strava = Assert.Single(provider.GetServices<IFitnessProvider>());
        var flow = Assert.Single(provider.GetServices<IOAuthFlow>());

        Assert.Equal(("strava", ConnectMode.OAuth, false), (strava.Name, strava.ConnectMode, strava.IsConfigured));
        Assert.Equal(ProviderCapabilities.Streams | ProviderCapabilities.HeartRate | ProviderCapabilities.Power, strava.Capabilities);
        Assert.Null(flow.DeploymentApp);
        Assert.Equal(["read", "activity:read_all"], flow.Scopes.Required);
        Assert.Equal(["profile:read_all"], flow.Scopes.Optional);
    }

    [Fact]
    public void AddStravaProvider_ClientIdWithoutSecret_ConfiguredForTenantAppsOnly()
    {
        using var provider = new ServiceCollection().AddStravaProvider(o => o.ClientId = "123").BuildServiceProvider();

        Assert.Null(Assert.Single(provider.GetServices<IOAuthFlow>()).DeploymentApp);
    }

    [Fact]
    public async Task GetAthleteAsync_ApiBaseWithoutTrailingSlash_StillReadsUnderIt()
    {
        var ct = TestContext.Current.CancellationToken;
        Uri? apiBase = null;
        await using var strava = await StravaHarness.StartAsync(configure: o => o.ApiBase = apiBase = new Uri(o.ApiBase.AbsoluteUri.TrimEnd('/')));
        await strava.ConnectAsync(ct);

        var athlete = await strava.Provider.GetAthleteAsync(strava.Account, ct);

        Assert.False(apiBase!.AbsoluteUri.EndsWith('/'));
        Assert.Equal("4242", athlete.Id);
    }
}
