using System.Text.Json;
using ModelContextProtocol.Protocol;
using Pierre.Server.Connections;
using Pierre.Server.Data.Entities;

namespace Pierre.Server.Mcp;

/// <summary>
/// A tool described once — name, schemas, hints and the lowest plan that gets it — and served the same on every
/// transport.
/// </summary>
internal sealed record ToolDescriptor(
    string Name,
    string Title,
    string Description,
    string InputSchemaJson,
    string OutputSchemaJson,
    bool ReadOnly,
    bool Destructive,
    bool Idempotent,
    bool OpenWorld,
    ToolGroup Group,
    TenantPlan MinimumPlan = TenantPlan.Starter)
{
    /// <summary>The tool as <c>tools/list</c> shows it, with the installed providers in its schema.</summary>
    public Tool ToProtocol(ProviderRegistry providers) => new()
    {
        Name = Name,
        Title = Title,
        Description = Description,
        InputSchema = JsonSerializer.SerializeToElement(ProviderArgument.WithInstalled(InputSchemaJson, providers)),
        OutputSchema = JsonDocument.Parse(OutputSchemaJson).RootElement.Clone(),
        Annotations = new ToolAnnotations
        {
            Title = Title,
            ReadOnlyHint = ReadOnly,
            DestructiveHint = Destructive,
            IdempotentHint = Idempotent,
            OpenWorldHint = OpenWorld,
        },
    };
}
