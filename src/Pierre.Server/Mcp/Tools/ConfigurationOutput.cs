using Pierre.Server.Intelligence;
using Pierre.Server.Settings;

namespace Pierre.Server.Mcp.Tools;

/// <summary>The schemas and the answer that get_user_configuration, validate_configuration and update_user_configuration share.</summary>
internal static class ConfigurationOutput
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
          "provider":{"type":["string","null"]},
          "effective":{"type":["object","null"],"description":"the values analyses use; thresholds per sport with threshold_sources (settings, provider, default; analysis tools fill the rest from estimates)"},"valid":{"type":"boolean"},
          "errors":{"type":"array","items":{"type":"string"}},"warnings":{"type":"array","items":{"type":"string"}}},
         "required":["profile","overrides","warnings"]}
        """;

    /// <summary>The change a call asks for.</summary>
    public static ConfigurationChange Read(ToolInvocation call)
    {
        call.RejectUnknown(Arguments);
        return new ConfigurationChange(call.OptionalString("profile", 32), call.OptionalObject("overrides"), call.OptionalProvider());
    }

    public static object View(ConfigurationProposal proposal, bool includeCheck) => new
    {
        profile = ConfigurationView.Profile(proposal.Settings.Profile),
        overrides = ConfigurationView.Overrides(proposal.Settings.Overrides),
        updated_at = proposal.Settings.UpdatedAt,
        provider = proposal.Provider,
        effective = proposal.Baseline is null
            ? null
            : ConfigurationView.Effective(proposal.Settings.Overrides.ApplyTo(proposal.Baseline), proposal.Settings.Overrides, proposal.Baseline),
        valid = includeCheck ? proposal.Check.IsValid : (bool?)null,
        errors = includeCheck ? proposal.Check.Errors : null,
        warnings = proposal.Check.Warnings,
    };
}
