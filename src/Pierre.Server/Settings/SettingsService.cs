using Pierre.Fitness.Configuration;
using Pierre.Server.Activities;
using Pierre.Server.Auth;
using Pierre.Server.Connections;
using Pierre.Server.Errors;
using Pierre.Server.Intelligence;

namespace Pierre.Server.Settings;

/// <summary>
/// The caller's configuration (training profile and physiological overrides): what can be set, what is set, and changes
/// checked against the connected provider's athlete before anything is saved.
/// </summary>
internal sealed class SettingsService(AthleteProfiles profiles, ProviderResolver providers, ActivitySource source)
{
    public static SettingsCatalog Catalog { get; } = new(ConfigurationCatalog.Parameters, TrainingProfiles.All, TrainingProfiles.Default);

    public Task<Result<ConfigurationProposal>> GetAsync(Caller caller, ProviderRequest request, CancellationToken ct) =>
        ValidateAsync(caller, new ConfigurationChange(null, null, request.Provider), ct);

    /// <summary>The configuration the change would make, with its errors and warnings; nothing is saved.</summary>
    public async Task<Result<ConfigurationProposal>> ValidateAsync(Caller caller, ConfigurationChange change, CancellationToken ct) =>
        await ProposeAsync(caller, change, ct).ConfigureAwait(false);

    /// <summary>Saves the change when it is valid; otherwise refuses with every reason and saves nothing.</summary>
    public async Task<Result<ConfigurationProposal>> UpdateAsync(Caller caller, ConfigurationChange change, CancellationToken ct)
    {
        if (change.Profile is null && change.Overrides is null)
        {
            return Refusal.Invalid("give a profile, overrides, or both; get_configuration_catalog lists the settings");
        }

        var proposal = await ProposeAsync(caller, change, ct).ConfigureAwait(false);
        if (!proposal.Check.IsValid)
        {
            return Refusal.Precondition($"Configuration not saved: {string.Join("; ", proposal.Check.Errors)}.");
        }

        var saved = await profiles.SaveAsync(caller, proposal.Settings.Profile, proposal.Settings.Overrides, ct).ConfigureAwait(false);
        return proposal with { Settings = saved };
    }

    private async Task<ConfigurationProposal> ProposeAsync(Caller caller, ConfigurationChange change, CancellationToken ct)
    {
        var current = await profiles.LoadAsync(caller, ct).ConfigureAwait(false);
        var provider = (await providers.ResolveAsync(caller, change.Provider, ct).ConfigureAwait(false)).Value;
        var baseline = provider is null ? null : await source.AthleteAsync(provider, caller.Account, ct).ConfigureAwait(false);

        var errors = new List<string>();
        var profile = current.Profile;
        if (change.Profile is { } profileName)
        {
            if (TrainingProfiles.Find(profileName) is { } named)
            {
                profile = named;
            }
            else
            {
                errors.Add($"unknown profile '{profileName}'; profiles are {string.Join(", ", TrainingProfiles.All.Select(p => p.Name))}");
            }
        }

        var overrides = current.Overrides;
        if (change.Overrides is { } patch)
        {
            var (patched, patchErrors) = OverridesJson.Apply(current.Overrides, patch);
            errors.AddRange(patchErrors);
            overrides = patched ?? overrides;
        }

        var check = ConfigurationCheck.Of(overrides, baseline);
        var verdict = new ConfigurationCheck([.. errors, .. check.Errors], check.Warnings);
        return new ConfigurationProposal(current with { Profile = profile, Overrides = overrides }, verdict, provider, baseline);
    }
}
