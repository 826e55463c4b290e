using Pierre.Fitness.Configuration;
using Pierre.Fitness.Model;
using Pierre.Server.Connections;
using Pierre.Server.Mcp;
using Pierre.Server.Mcp.Tools;

namespace Pierre.Server.Intelligence;

/// <summary>A proposed configuration: the stored one with the call's profile and override changes, and the verdict on it.</summary>
internal sealed record ConfigurationProposal(UserSettings Settings, ConfigurationCheck Check, string? Provider, Athlete? Baseline)
{
    public object View(bool includeCheck) => new
    {
        profile = ConfigurationView.Profile(Settings.Profile),
        overrides = ConfigurationView.Overrides(Settings.Overrides),
        updated_at = Settings.UpdatedAt,
        provider = Provider,
        effective = Baseline is null ? null : ConfigurationView.Effective(Settings.Overrides.ApplyTo(Baseline)),
        valid = includeCheck ? Check.IsValid : (bool?)null,
        errors = includeCheck ? Check.Errors : null,
        warnings = Check.Warnings,
    };
}

/// <summary>Builds and checks configuration changes for get, validate and update, against the connected provider's athlete.</summary>
internal sealed class ConfigurationEditor(AthleteProfiles profiles, ProviderResolver providers, ActivitySource source)
{
    public static readonly string[] Arguments = ["profile", "overrides", "provider"];

    public const string InputSchema = """
        {"type":"object","properties":{
          "profile":{"type":"string","enum":["beginner","recreational","competitive","elite"]},
          "overrides":{"type":"object","description":"setting: value, null clears a setting; see get_configuration_catalog","additionalProperties":{"type":["number","string","null"]}},
          "provider":{"type":"string"}},
         "additionalProperties":false}
        """;

    public const string OutputSchema = """
        {"type":"object","properties":{"profile":{"type":"object"},"overrides":{"type":"object"},"updated_at":{"type":["string","null"]},
          "provider":{"type":["string","null"]},"effective":{"type":["object","null"]},"valid":{"type":"boolean"},
          "errors":{"type":"array","items":{"type":"string"}},"warnings":{"type":"array","items":{"type":"string"}}},
         "required":["profile","overrides","warnings"]}
        """;

    public async Task<ConfigurationProposal> ProposeAsync(ToolInvocation call, CancellationToken ct)
    {
        call.RejectUnknown(Arguments);
        var profileName = call.OptionalString("profile", 32);
        var patch = call.OptionalObject("overrides");
        var current = await profiles.LoadAsync(call.Caller, ct).ConfigureAwait(false);
        var (provider, _) = await providers.ResolveAsync(call, ct).ConfigureAwait(false);
        var baseline = provider is null ? null : await source.AthleteAsync(provider, call.Caller.Account, ct).ConfigureAwait(false);

        var errors = new List<string>();
        var profile = current.Profile;
        if (profileName is not null)
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
        if (patch is { } p)
        {
            var (patched, patchErrors) = OverridesJson.Apply(current.Overrides, p);
            errors.AddRange(patchErrors);
            overrides = patched ?? overrides;
        }

        var check = ConfigurationCheck.Of(overrides, baseline);
        var verdict = new ConfigurationCheck([.. errors, .. check.Errors], check.Warnings);
        return new ConfigurationProposal(current with { Profile = profile, Overrides = overrides }, verdict, provider, baseline);
    }

    public Task<UserSettings> SaveAsync(McpCaller caller, UserSettings settings, CancellationToken ct) =>
        profiles.SaveAsync(caller, settings.Profile, settings.Overrides, ct);
}
