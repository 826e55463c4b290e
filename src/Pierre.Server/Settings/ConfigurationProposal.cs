using Pierre.Fitness.Configuration;
using Pierre.Fitness.Model;
using Pierre.Server.Intelligence;

namespace Pierre.Server.Settings;

/// <summary>
/// A configuration: the stored one with a change applied, the verdict on it, and the connected provider's athlete it
/// was checked against (null when nothing is connected).
/// </summary>
internal sealed record ConfigurationProposal(UserSettings Settings, ConfigurationCheck Check, string? Provider, Athlete? Baseline);
