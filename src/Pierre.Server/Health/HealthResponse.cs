using System.Text.Json.Serialization;

namespace Pierre.Server.Health;

internal sealed record HealthResponse(
    string Status, DateTimeOffset Timestamp, string Version, IReadOnlyDictionary<string, ComponentHealth> Components);

internal sealed record ComponentHealth(string Status, double DurationMs, string? Message);

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(HealthResponse))]
internal sealed partial class HealthJsonContext : JsonSerializerContext;
