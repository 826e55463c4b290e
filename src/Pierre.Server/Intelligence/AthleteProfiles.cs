using Microsoft.EntityFrameworkCore;
using Pierre.Fitness.Configuration;
using Pierre.Server.Activities;
using Pierre.Server.Auth;
using Pierre.Server.Connections;
using Pierre.Server.Data;
using Pierre.Server.Errors;

namespace Pierre.Server.Intelligence;

/// <summary>Reads and writes a user's configuration (always within their tenant) and applies it to the provider's athlete.</summary>
internal sealed class AthleteProfiles(ScopedDb scoped, ProviderResolver providers, ActivitySource source, TimeProvider clock)
{
    private PierreDbContext Db => scoped.Context;

    public async Task<UserSettings> LoadAsync(Caller caller, CancellationToken ct)
    {
        var row = await Db.UserConfigurations.AsNoTracking()
            .SingleOrDefaultAsync(c => c.TenantId == caller.TenantId && c.UserId == caller.UserId, ct).ConfigureAwait(false);
        return row is null
            ? UserSettings.Default
            : new UserSettings(TrainingProfiles.Find(row.Profile) ?? TrainingProfiles.Default, OverridesJson.Deserialize(row.OverridesJson), row.UpdatedAt);
    }

    /// <summary>The provider the caller reads (<paramref name="named"/>, or their default) and the athlete with the user's settings applied.</summary>
    public async Task<Result<AthleteContext>> ResolveAsync(Caller caller, string? named, CancellationToken ct)
    {
        if (!(await providers.ResolveAsync(caller, named, ct).ConfigureAwait(false)).TryGetValue(out var provider, out var refusal))
        {
            return refusal;
        }

        var settings = await LoadAsync(caller, ct).ConfigureAwait(false);
        var fromProvider = await source.AthleteAsync(provider, caller.Account, ct).ConfigureAwait(false);
        return new AthleteContext(provider, settings.Overrides.ApplyTo(fromProvider), fromProvider, settings);
    }

    public async Task<UserSettings> SaveAsync(Caller caller, TrainingProfile profile, PhysiologyOverrides overrides, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var row = await Db.UserConfigurations
            .SingleOrDefaultAsync(c => c.TenantId == caller.TenantId && c.UserId == caller.UserId, ct).ConfigureAwait(false);
        if (row is null)
        {
            row = new Data.Entities.UserConfiguration { UserId = caller.UserId, TenantId = caller.TenantId, Profile = profile.Name, OverridesJson = "{}" };
            Db.UserConfigurations.Add(row);
        }

        row.Profile = profile.Name;
        row.OverridesJson = OverridesJson.Serialize(overrides);
        row.UpdatedAt = now;
        await Db.SaveChangesAsync(ct).ConfigureAwait(false);
        return new UserSettings(profile, overrides, now);
    }
}
