using Pierre.Fitness.Configuration;
using Pierre.Fitness.Model;

namespace Pierre.Server.Intelligence;

/// <summary>
/// The athlete as every analysis sees them: the provider's profile with the user's overrides applied, and once
/// <see cref="ThresholdFinder.CompleteAsync"/> has run, the thresholds nobody set filled from recent activities.
/// </summary>
internal sealed record AthleteContext(string Provider, Athlete Athlete, Athlete FromProvider, UserSettings Settings)
{
    public TrainingProfile Profile => Settings.Profile;

    /// <summary>The estimated thresholds filled in (none until <see cref="WithEstimates"/>).</summary>
    public SportThresholds Estimated { get; init; } = SportThresholds.None;

    /// <summary>Where each threshold came from: settings, provider, estimate, default (LTHR only) or none.</summary>
    public IReadOnlyDictionary<string, string> ThresholdSources =>
        ThresholdOrigins.Of(Settings.Overrides.SetThresholds(), FromProvider.Thresholds, Estimated);

    /// <summary>This context with the thresholds neither the user nor the provider set taken from <paramref name="estimated"/>.</summary>
    public AthleteContext WithEstimates(SportThresholds estimated) => this with
    {
        Athlete = Athlete with { Thresholds = Athlete.Thresholds.Or(estimated) },
        Estimated = estimated,
    };
}

/// <summary>A user's stored configuration: the training profile and the physiological overrides.</summary>
internal sealed record UserSettings(TrainingProfile Profile, PhysiologyOverrides Overrides, DateTime? UpdatedAt)
{
    public static UserSettings Default { get; } = new(TrainingProfiles.Default, PhysiologyOverrides.None, null);
}
