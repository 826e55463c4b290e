using Microsoft.Extensions.DependencyInjection;
using Pierre.Providers;
using Pierre.Providers.Fitbit;
using Pierre.Providers.OAuth;

namespace Pierre.Server.Tests.Providers.Fitbit;

public sealed class FitbitRegistrationTests
{
    [Fact]
    public void AddFitbitProvider_Twice_OneProviderSleepSourceAndFlowNoTokenSource()
    {
        var services = new ServiceCollection().AddLogging();
        services.AddFitbitProvider(o => o.ClientId = "abc");
        services.AddFitbitProvider(o => o.ClientId = "abc");

        Assert.DoesNotContain(services, d => d.ServiceType == typeof(IAccessTokenSource));
        services.AddSingleton<IAccessTokenSource, NoTokens>();
        using var provider = services.BuildServiceProvider();
        var fitness = Assert.Single(provider.GetServices<IFitnessProvider>());
        Assert.Same(fitness, Assert.Single(provider.GetServices<ISleepSource>()));
        Assert.Equal("fitbit", Assert.Single(provider.GetServices<IOAuthFlow>()).Provider);
        Assert.Equal((ConnectMode.OAuth, true), (fitness.ConnectMode, fitness.IsConfigured));
        Assert.Equal(ProviderCapabilities.HeartRate | ProviderCapabilities.Sleep | ProviderCapabilities.Streams, fitness.Capabilities);
    }

    [Fact]
    public void AddFitbitProvider_NoClientId_NotConfiguredNoDeploymentApp()
    {
        using var provider = new ServiceCollection().AddLogging().AddFitbitProvider(_ => { })
            .AddSingleton<IAccessTokenSource, NoTokens>().BuildServiceProvider();

        Assert.False(provider.GetServices<IFitnessProvider>().Single().IsConfigured);
        Assert.Null(provider.GetServices<IOAuthFlow>().Single().DeploymentApp);
    }

    /// <summary>The host's token source stands here; these tests never read data.</summary>
    private sealed class NoTokens : IAccessTokenSource
    {
        public Task<ProviderAccess> GetAsync(string provider, ProviderAccount account, CancellationToken cancellationToken) =>
            throw new NotSupportedException();

        public Task<ProviderAccess> RenewAsync(string provider, ProviderAccount account, string rejected, CancellationToken cancellationToken) =>
            throw new NotSupportedException();
    }
}
