using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Pierre.Fitness.Configuration;

namespace Pierre.Server.Intelligence;

/// <summary>
/// Overrides as stored (snake_case JSON, absent = not set) and as a tool sends them: a patch where each key sets a
/// value and null clears it. Keys, types and allowed values are checked against the catalog before anything is read.
/// Rows stored under an earlier key (<see cref="ConfigurationCatalog.RenamedKeys"/>) read as the key it became; the
/// next save writes the new key only.
/// </summary>
internal static class OverridesJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = new CatalogNaming(),
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower, allowIntegerValues: false) },
    };

    public static string Serialize(PhysiologyOverrides overrides) => JsonSerializer.Serialize(overrides, Options);

    public static PhysiologyOverrides Deserialize(string json)
    {
        if (JsonNode.Parse(json) is not JsonObject stored)
        {
            return PhysiologyOverrides.None;
        }

        foreach (var (old, renamed) in ConfigurationCatalog.RenamedKeys)
        {
            if (stored.TryGetPropertyValue(old, out var value) && stored.Remove(old) && !stored.ContainsKey(renamed))
            {
                stored[renamed] = value;
            }
        }

        return stored.Deserialize<PhysiologyOverrides>(Options) ?? PhysiologyOverrides.None;
    }

    /// <summary><paramref name="current"/> with <paramref name="patch"/> applied, or the reasons it cannot be.</summary>
    public static (PhysiologyOverrides? Result, IReadOnlyList<string> Errors) Apply(PhysiologyOverrides current, JsonElement patch)
    {
        if (patch.ValueKind != JsonValueKind.Object)
        {
            return (null, ["overrides must be an object of setting: value (null clears a setting)"]);
        }

        var merged = JsonNode.Parse(Serialize(current))!.AsObject();
        var errors = new List<string>();
        foreach (var property in patch.EnumerateObject())
        {
            if (ConfigurationCatalog.Find(property.Name) is not { } parameter)
            {
                var renamed = ConfigurationCatalog.RenamedKeys.TryGetValue(property.Name, out var now) ? $" (it is now {now})" : "";
                errors.Add($"unknown setting '{property.Name}'{renamed}; settings are {string.Join(", ", ConfigurationCatalog.Parameters.Select(p => p.Key))}");
            }
            else if (property.Value.ValueKind == JsonValueKind.Null)
            {
                merged.Remove(property.Name);
            }
            else if (TypeError(parameter, property.Value) is { } error)
            {
                errors.Add(error);
            }
            else
            {
                merged[property.Name] = JsonNode.Parse(property.Value.GetRawText());
            }
        }

        return errors.Count > 0 ? (null, errors) : (merged.Deserialize<PhysiologyOverrides>(Options), errors);
    }

    private static string? TypeError(ConfigurationParameter parameter, JsonElement value) => parameter.Type switch
    {
        "integer" when value.ValueKind != JsonValueKind.Number || !value.TryGetInt32(out _) => $"{parameter.Key} must be a whole number ({parameter.Unit})",
        "number" when value.ValueKind != JsonValueKind.Number || !double.IsFinite(value.GetDouble()) => $"{parameter.Key} must be a number ({parameter.Unit})",
        "string" when value.ValueKind != JsonValueKind.String || !parameter.Values!.Contains(value.GetString()) =>
            $"{parameter.Key} must be one of {string.Join(", ", parameter.Values!)}",
        _ => null,
    };

    /// <summary>Snake case, except where the catalog key abbreviates the unit (s for seconds) as users write it.</summary>
    private sealed class CatalogNaming : JsonNamingPolicy
    {
        public override string ConvertName(string name) => name switch
        {
            nameof(PhysiologyOverrides.RunningThresholdPaceSecondsPerKm) => ConfigurationCatalog.RunningThresholdPaceSPerKm,
            nameof(PhysiologyOverrides.SwimmingCssSecondsPer100m) => ConfigurationCatalog.SwimmingCssSPer100m,
            _ => SnakeCaseLower.ConvertName(name),
        };
    }
}
