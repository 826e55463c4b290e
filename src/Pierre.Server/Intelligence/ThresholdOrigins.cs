using Pierre.Fitness.Configuration;
using Pierre.Fitness.Model;

namespace Pierre.Server.Intelligence;

/// <summary>Where each per-sport threshold an analysis used came from, keyed by its setting name.</summary>
internal static class ThresholdOrigins
{
    public const string Settings = "settings";
    public const string Provider = "provider";
    public const string Estimate = "estimate";
    public const string Default = "default";
    public const string None = "none";

    /// <summary>
    /// Per key: the user's setting, else the provider's value, else the estimate from recent activities, else for LTHR
    /// the default of 90 % of maximum heart rate, else none.
    /// </summary>
    public static IReadOnlyDictionary<string, string> Of(SportThresholds set, SportThresholds provider, SportThresholds estimated) => new Dictionary<string, string>
    {
        [ConfigurationCatalog.CyclingFtpWatts] = Origin(set.CyclingFtpWatts, provider.CyclingFtpWatts, estimated.CyclingFtpWatts, hasDefault: false),
        [ConfigurationCatalog.CyclingLthrBpm] = Origin(set.CyclingLthrBpm, provider.CyclingLthrBpm, estimated.CyclingLthrBpm, hasDefault: true),
        [ConfigurationCatalog.RunningLthrBpm] = Origin(set.RunningLthrBpm, provider.RunningLthrBpm, estimated.RunningLthrBpm, hasDefault: true),
        [ConfigurationCatalog.RunningThresholdPaceSPerKm] =
            Origin(set.RunningThresholdPaceSecondsPerKm, provider.RunningThresholdPaceSecondsPerKm, estimated.RunningThresholdPaceSecondsPerKm, hasDefault: false),
        [ConfigurationCatalog.SwimmingCssSPer100m] =
            Origin(set.SwimmingCssSecondsPer100m, provider.SwimmingCssSecondsPer100m, estimated.SwimmingCssSecondsPer100m, hasDefault: false),
    };

    private static string Origin(double? set, double? provider, double? estimated, bool hasDefault) =>
        set is not null ? Settings : provider is not null ? Provider : estimated is not null ? Estimate : hasDefault ? Default : None;
}
