using Microsoft.EntityFrameworkCore;
using Pierre.Fitness.Configuration;
using Pierre.Server.Connections;
using Pierre.Server.Data;
using Pierre.Server.Mcp;
using Pierre.Server.Mcp.Tools;

namespace Pierre.Server.Intelligence;

/// <summary>Reads and writes a user's configuration (always within their tenant) and applies it to the provider's athlete.</summary>
internal sealed class AthleteProfiles(PierreDbContext db, ProviderResolver providers, ActivitySource source, TimeProvider clock)
{
    public async Task<UserSettings> LoadAsync(McpCaller caller, CancellationToken ct)
    {
        var row = await db.UserConfigurations.AsNoTracking()
            .SingleOrDefaultAsync(c => c.TenantId == caller.TenantId && c.UserId == caller.UserId, ct).ConfigureAwait(false);
        return row is null
            ? UserSettings.Default
            : new UserSettings(TrainingProfiles.Find(row.Profile) ?? TrainingProfiles.Default, OverridesJson.Deserialize(row.OverridesJson), row.UpdatedAt);
    }

    /// <summary>The provider the call reads and the athlete with the user's settings applied, or the error to answer with.</summary>
    public async Task<(AthleteContext? Context, ToolOutcome? Error)> ResolveAsync(ToolInvocation call, CancellationToken ct)
    {
        var (provider, error) = await providers.ResolveAsync(call, ct).ConfigureAwait(false);
        if (error is not null)
        {
            return (null, error);
        }

        var settings = await LoadAsync(call.Caller, ct).ConfigureAwait(false);
        var fromProvider = await source.AthleteAsync(provider!, call.Caller.Account, ct).ConfigureAwait(false);
        return (new AthleteContext(provider!, settings.Overrides.ApplyTo(fromProvider), fromProvider, settings), null);
    }

    public async Task<UserSettings> SaveAsync(McpCaller caller, TrainingProfile profile, PhysiologyOverrides overrides, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var row = await db.UserConfigurations
            .SingleOrDefaultAsync(c => c.TenantId == caller.TenantId && c.UserId == caller.UserId, ct).ConfigureAwait(false);
        if (row is null)
        {
            row = new Data.Entities.UserConfiguration { UserId = caller.UserId, TenantId = caller.TenantId, Profile = profile.Name, OverridesJson = "{}" };
            db.UserConfigurations.Add(row);
        }

        row.Profile = profile.Name;
        row.OverridesJson = OverridesJson.Serialize(overrides);
        row.UpdatedAt = now;
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return new UserSettings(profile, overrides, now);
    }
}
