using Pierre.Fitness.Configuration;

namespace Pierre.Server.Settings;

/// <summary>Every setting a user can override, and the training profiles with the one a new user starts on.</summary>
internal sealed record SettingsCatalog(IReadOnlyList<ConfigurationParameter> Parameters, IReadOnlyList<TrainingProfile> Profiles, TrainingProfile DefaultProfile);
