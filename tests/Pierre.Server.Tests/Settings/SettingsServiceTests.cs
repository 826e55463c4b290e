using System.Text.Json;
using Pierre.Server.Activities;
using Pierre.Server.Errors;
using Pierre.Server.Settings;
using Pierre.Server.Tests.Infrastructure;

namespace Pierre.Server.Tests.Settings;

/// <summary>The settings service called directly with a <see cref="Server.Auth.Caller"/>: one user's configuration is theirs alone.</summary>
public sealed class SettingsServiceTests
{
    [Fact]
    public async Task UpdateAsync_SavesForTheCaller_AndAnotherTenantsUserStillHasTheDefaults()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var h = await StartAsync();
        var ann = await ServiceCallers.RegisterAsync(h, "ann@example.com");
        var bob = await ServiceCallers.InNewTenantAsync(h, "b-club", "bob@b.example");
        var change = new ConfigurationChange("elite", JsonDocument.Parse("""{"cycling_ftp_watts":280}""").RootElement, null);

        var saved = await h.CallAsync<SettingsService, Result<ConfigurationProposal>>(s => s.UpdateAsync(ann, change, ct));
        var anns = (await h.CallAsync<SettingsService, Result<ConfigurationProposal>>(s => s.GetAsync(ann, new ProviderRequest(null), ct))).Value!;
        var bobs = (await h.CallAsync<SettingsService, Result<ConfigurationProposal>>(s => s.GetAsync(bob, new ProviderRequest(null), ct))).Value!;

        Assert.NotNull(saved.Value);
        Assert.Equal(("elite", 280.0), (anns.Settings.Profile.Name, anns.Settings.Overrides.CyclingFtpWatts));
        Assert.Equal(SettingsService.Catalog.DefaultProfile, bobs.Settings.Profile);
        Assert.Null(bobs.Settings.Overrides.CyclingFtpWatts);
        Assert.Null(bobs.Settings.UpdatedAt);
    }

    [Fact]
    public async Task UpdateAsync_NothingToChange_IsInvalid_AndAnUnknownSettingSavesNothing()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var h = await StartAsync();
        var ann = await ServiceCallers.RegisterAsync(h, "ann@example.com");

        var empty = await h.CallAsync<SettingsService, Result<ConfigurationProposal>>(s => s.UpdateAsync(ann, new ConfigurationChange(null, null, null), ct));
        var unknown = await h.CallAsync<SettingsService, Result<ConfigurationProposal>>(s => s.UpdateAsync(
            ann, new ConfigurationChange("elite", JsonDocument.Parse("""{"shoe_size":44}""").RootElement, null), ct));
        var current = (await h.CallAsync<SettingsService, Result<ConfigurationProposal>>(s => s.GetAsync(ann, new ProviderRequest(null), ct))).Value!;

        Assert.Equal(RefusalKind.Invalid, empty.Refusal!.Kind);
        Assert.Equal(RefusalKind.Precondition, unknown.Refusal!.Kind);
        Assert.StartsWith("Configuration not saved: unknown setting 'shoe_size'", unknown.Refusal.Detail, StringComparison.Ordinal);
        Assert.Equal(SettingsService.Catalog.DefaultProfile, current.Settings.Profile);
    }

    private static Task<IdentityHarness> StartAsync() => IdentityHarness.StartAsync(TestDatabases.Sqlite, new() { ["AUTO_APPROVE_USERS"] = "true" });
}
