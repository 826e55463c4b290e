using Pierre.Providers;
using Pierre.Providers.Synthetic;
using Pierre.Server.Connections;
using Pierre.Server.Tests.Infrastructure;

namespace Pierre.Server.Tests.Connections;

public sealed class ProviderRegistryTests
{
    [Fact]
    public void Installed_AreListedByNameInOrdinalOrder_AndFoundByName()
    {
        var synthetic = new SyntheticProvider(TimeProvider.System);
        var fake = new FakeFitnessProvider();

        var registry = new ProviderRegistry([fake, synthetic]);

        Assert.Equal([synthetic.Name, fake.Name], registry.Names);
        Assert.Equal(
            [new InstalledProvider(synthetic.Name, true, ConnectMode.Immediate), new InstalledProvider(fake.Name, true, ConnectMode.Immediate)],
            registry.Installed);
        Assert.Same(fake, registry.Find(fake.Name));
        Assert.Null(registry.Find("strava"));
        Assert.Throws<ArgumentOutOfRangeException>(() => registry.Get("strava"));
    }

    [Fact]
    public void TwoProvidersWithOneName_AreRefusedAtStart() =>
        Assert.Throws<InvalidOperationException>(() => new ProviderRegistry([new FakeFitnessProvider(), new FakeFitnessProvider()]));
}
