using System.Text.Json.Nodes;
using Pierre.Server.Connections;

namespace Pierre.Server.Mcp;

/// <summary>
/// The <c>provider</c> argument that tools share: its schema's enum and its check both come from the
/// <see cref="ProviderRegistry"/>, so tools never list provider names themselves.
/// </summary>
internal static class ProviderArgument
{
    private const string Name = "provider";

    /// <summary>The argument, lower-cased, or null when it is absent and not required.</summary>
    public static string? Read(ToolInvocation call, ProviderRegistry providers, bool required)
    {
        var named = (required ? call.RequiredString(Name) : call.OptionalString(Name, 32))?.ToLowerInvariant();
        return named is null || providers.Find(named) is not null
            ? named
            : throw new ToolArgumentException($"argument '{Name}' must be one of {string.Join(", ", providers.Names)}");
    }

    /// <summary>
    /// An input schema with the providers this deployment offers (installed and configured) as the enum of its
    /// <c>provider</c> property, if it has one. A provider set up only through a tenant's own OAuth app is still
    /// accepted by <see cref="Read"/>.
    /// </summary>
    public static JsonNode WithInstalled(string inputSchemaJson, ProviderRegistry providers)
    {
        var schema = JsonNode.Parse(inputSchemaJson)!;
        if (schema["properties"]?[Name] is JsonObject property)
        {
            property["enum"] = new JsonArray([.. providers.Installed.Where(p => p.Configured).Select(p => JsonValue.Create(p.Name))]);
        }

        return schema;
    }
}
