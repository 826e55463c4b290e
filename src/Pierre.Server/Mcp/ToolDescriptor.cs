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
    /// <summary>What starts the operation of a tool call in usage rows.</summary>
    public const string OperationPrefix = "tool:";

    /// <summary>A call of this tool as usage rows record it, made once rather than per call.</summary>
    public string Operation { get; } = OperationPrefix + Name;

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
