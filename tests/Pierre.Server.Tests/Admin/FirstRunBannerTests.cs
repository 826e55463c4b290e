using Microsoft.Extensions.Configuration;
using Pierre.Server.Admin;
using Pierre.Server.Configuration;

namespace Pierre.Server.Tests.Admin;

public sealed class FirstRunBannerTests
{
    [Fact]
    public void Render_OnTheDefaultPortAndDataFolder_HintsThePlainQuickstart()
    {
        var banner = FirstRunBanner.Render(Config(), "pst_token");

        Assert.Contains("Pierre is running at http://localhost:8081,", banner, StringComparison.Ordinal);
        Assert.Contains("\n   pierre-mcp-server quickstart\n", banner.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_OnAnotherPortAndDataFolder_HintsQuickstartWithBoth()
    {
        var banner = FirstRunBanner.Render(Config(("PIERRE_HTTP_PORT", "9000"), ("PIERRE_DATA_DIR", "/srv/pierre")), "pst_token");

        Assert.Contains("Pierre is running at http://localhost:9000,", banner, StringComparison.Ordinal);
        Assert.Contains("PIERRE_HTTP_PORT=9000 PIERRE_DATA_DIR='/srv/pierre' pierre-mcp-server quickstart", banner, StringComparison.Ordinal);
        Assert.Contains("PIERRE_HTTP_PORT=9000 PIERRE_DATA_DIR='/srv/pierre' dotnet run --project src/Pierre.Server -- quickstart", banner, StringComparison.Ordinal);
    }

    private static ServerConfig Config(params (string Key, string Value)[] values) =>
        ServerConfig.Load(
            new ConfigurationBuilder()
                .AddInMemoryCollection([new("HOME", "/home/test"), .. values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))])
                .Build(),
            "/nonexistent", UserPlatform.Linux);
}
