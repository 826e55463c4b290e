using System.Text.Json;

namespace Pierre.Server.Settings;

/// <summary>
/// A change to the caller's configuration: a training profile by name and/or a patch of overrides (a JSON object of
/// setting: value, where null clears a setting), checked against the athlete of <paramref name="Provider"/> (null: the default).
/// </summary>
internal sealed record ConfigurationChange(string? Profile, JsonElement? Overrides, string? Provider);
