using Pierre.Server.Intelligence;
using Pierre.Server.Settings;

namespace Pierre.Server.Mcp.Tools;

internal sealed class GetConfigurationProfilesTool : IMcpTool
{
    public static readonly ToolDescriptor Definition = new(
        "get_configuration_profiles",
        "Training profiles",
        "The training profiles (beginner, recreational, competitive, elite): the weekly volume increase each allows, the share of hard sessions, rest days per week and the Riegel exponent used for race predictions.",
        """{"type":"object","properties":{},"additionalProperties":false}""",
        """
        {"type":"object","properties":{"default":{"type":"string"},"profiles":{"type":"array","items":{"type":"object","properties":{
          "name":{"type":"string"},"description":{"type":"string"},"max_weekly_volume_increase":{"type":"number"},"hard_session_share":{"type":"number"},
          "min_rest_days_per_week":{"type":"integer"},"riegel_exponent":{"type":"number"}},"required":["name","description"]}}},
         "required":["default","profiles"]}
        """,
        ReadOnly: true, Destructive: false, Idempotent: true, OpenWorld: false, Group: ToolGroup.Configuration);

    public ToolDescriptor Descriptor => Definition;

    public Task<ToolOutcome> InvokeAsync(ToolInvocation call, CancellationToken cancellationToken)
    {
        call.RejectUnknown([]);
        var catalog = SettingsService.Catalog;
        return Task.FromResult(ToolOutcome.Success(new
        {
            @default = catalog.DefaultProfile.Name,
            profiles = catalog.Profiles.Select(ConfigurationView.Profile),
        }));
    }
}
