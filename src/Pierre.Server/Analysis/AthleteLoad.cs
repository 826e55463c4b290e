using Pierre.Server.Intelligence;

namespace Pierre.Server.Analysis;

/// <summary>Today's performance-management numbers, and the provider they were computed from.</summary>
internal sealed record AthleteLoad(string Provider, TrainingLoadToday Load);
