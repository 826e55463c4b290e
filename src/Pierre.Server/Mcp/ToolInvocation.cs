using System.Globalization;
using System.Text.Json;
using Pierre.Server.Activities;
using Pierre.Server.Connections;

namespace Pierre.Server.Mcp;

/// <summary>A call to a tool: who makes it and with which arguments, read with checks that name the bad argument.</summary>
internal sealed class ToolInvocation(McpCaller caller, IDictionary<string, JsonElement>? arguments, ProviderRegistry providers, ToolProgress? progress = null)
{
    private static readonly long MinUnixSeconds = DateTimeOffset.MinValue.ToUnixTimeSeconds();
    private static readonly long MaxUnixSeconds = DateTimeOffset.MaxValue.ToUnixTimeSeconds();
    private readonly IDictionary<string, JsonElement> _arguments = arguments ?? new Dictionary<string, JsonElement>();

    public McpCaller Caller { get; } = caller;

    public ToolProgress Progress { get; } = progress ?? ToolProgress.None;

    /// <summary>The optional <c>provider</c> argument: an installed provider, or null for the caller's default source.</summary>
    public string? OptionalProvider() => ProviderArgument.Read(this, providers, required: false);

    /// <summary>The request of a tool whose only argument is the provider it reads.</summary>
    public ProviderRequest ProviderOnly()
    {
        RejectUnknown(["provider"]);
        return new ProviderRequest(OptionalProvider());
    }

    /// <summary>Whether the argument is present and not null.</summary>
    public bool Has(string name) => _arguments.TryGetValue(name, out var value) && value.ValueKind != JsonValueKind.Null;

    public string? OptionalString(string name, int maxLength = 200)
    {
        if (!_arguments.TryGetValue(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            throw new ToolArgumentException($"argument '{name}' must be a string");
        }

        var text = value.GetString()!.Trim();
        return text.Length > maxLength ? throw new ToolArgumentException($"argument '{name}' must be at most {maxLength} characters") : text;
    }

    public string RequiredString(string name) =>
        OptionalString(name) is { Length: > 0 } value ? value : throw new ToolArgumentException($"argument '{name}' is required");

    public int Int(string name, int defaultValue, int min, int max)
    {
        if (!_arguments.TryGetValue(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return defaultValue;
        }

        if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt32(out var number) || number < min || number > max)
        {
            throw new ToolArgumentException($"argument '{name}' must be a whole number from {min} to {max}");
        }

        return number;
    }

    public double RequiredNumber(string name, double min, double max) =>
        OptionalNumber(name, min, max) ?? throw new ToolArgumentException($"argument '{name}' is required");

    public double? OptionalNumber(string name, double min, double max)
    {
        if (!_arguments.TryGetValue(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Number || !value.TryGetDouble(out var number) || !double.IsFinite(number) || number < min || number > max)
        {
            throw new ToolArgumentException($"argument '{name}' must be a number from {min.ToString(CultureInfo.InvariantCulture)} to {max.ToString(CultureInfo.InvariantCulture)}");
        }

        return number;
    }

    /// <summary>An argument that must be a JSON object, or null when absent.</summary>
    public JsonElement? OptionalObject(string name)
    {
        if (!_arguments.TryGetValue(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.Object ? value : throw new ToolArgumentException($"argument '{name}' must be an object");
    }

    /// <summary>An argument that must be a JSON array, or null when absent.</summary>
    public JsonElement? OptionalArray(string name)
    {
        if (!_arguments.TryGetValue(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.Array ? value : throw new ToolArgumentException($"argument '{name}' must be an array");
    }

    public DateTimeOffset? OptionalDate(string name)
    {
        var text = OptionalString(name, 40);
        if (text is null)
        {
            return null;
        }

        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date))
        {
            return date;
        }

        if (!long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var epoch))
        {
            throw new ToolArgumentException($"argument '{name}' must be an ISO 8601 date (2026-01-31 or 2026-01-31T06:00:00Z)");
        }

        // FromUnixTimeSeconds throws outside years 1–9999; that must be the caller's error, not a failed call.
        return epoch >= MinUnixSeconds && epoch <= MaxUnixSeconds
            ? DateTimeOffset.FromUnixTimeSeconds(epoch)
            : throw new ToolArgumentException($"argument '{name}' is out of range: Unix seconds must fall between the years 1 and 9999");
    }

    /// <summary>Refuses arguments the tool does not know, so a typo is reported rather than silently ignored.</summary>
    public void RejectUnknown(IReadOnlyCollection<string> known)
    {
        var unknown = _arguments.Keys.Where(k => !known.Contains(k)).ToList();
        if (unknown.Count > 0)
        {
            throw new ToolArgumentException($"unknown argument(s) {string.Join(", ", unknown)}; this tool takes {string.Join(", ", known)}");
        }
    }
}
