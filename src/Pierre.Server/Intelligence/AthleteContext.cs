using Pierre.Fitness.Configuration;
using Pierre.Fitness.Model;

namespace Pierre.Server.Intelligence;

/// <summary>The athlete as every analysis sees them: the provider's profile with the user's overrides applied.</summary>
internal sealed record AthleteContext(string Provider, Athlete Athlete, Athlete FromProvider, UserSettings Settings)
{
    public TrainingProfile Profile => Settings.Profile;
}

/// <summary>A user's stored configuration: the training profile and the physiological overrides.</summary>
internal sealed record UserSettings(TrainingProfile Profile, PhysiologyOverrides Overrides, DateTime? UpdatedAt)
{
    public static UserSettings Default { get; } = new(TrainingProfiles.Default, PhysiologyOverrides.None, null);
}
