using Pierre.Server.Settings;

namespace Pierre.Server.Mcp.Tools;

internal sealed class GetConfigurationCatalogTool : IMcpTool
{
    public static readonly ToolDescriptor Definition = new(
        "get_configuration_catalog",
        "Configuration settings",
        "Lists every setting a user can override (update_user_configuration): its type, unit, allowed range or values and what it changes, plus the training profiles.",
        """{"type":"object","properties":{},"additionalProperties":false}""",
        """
        {"type":"object","properties":{"parameters":{"type":"array","items":{"type":"object","properties":{"key":{"type":"string"},"type":{"type":"string"},
          "unit":{"type":["string","null"]},"minimum":{"type":["number","null"]},"maximum":{"type":["number","null"]},"values":{"type":["array","null"]},
          "description":{"type":"string"}},"required":["key","type","description"]}},"profiles":{"type":"array","items":{"type":"string"}}},
         "required":["parameters","profiles"]}
        """,
        ReadOnly: true, Destructive: false, Idempotent: true, OpenWorld: false, Group: ToolGroup.Configuration);

    public ToolDescriptor Descriptor => Definition;

    public Task<ToolOutcome> InvokeAsync(ToolInvocation call, CancellationToken cancellationToken)
    {
        call.RejectUnknown([]);
        var catalog = SettingsService.Catalog;
        var parameters = catalog.Parameters.Select(p => new
        {
            key = p.Key, type = p.Type, unit = p.Unit, minimum = p.Minimum, maximum = p.Maximum, values = p.Values, description = p.Description,
        });
        return Task.FromResult(ToolOutcome.Success(new { parameters, profiles = catalog.Profiles.Select(p => p.Name) }));
    }
}
