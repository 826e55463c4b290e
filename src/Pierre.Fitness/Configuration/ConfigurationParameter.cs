namespace Pierre.Fitness.Configuration;

/// <summary>One setting a user may override: its key, JSON type, unit, bounds or allowed values, and meaning.</summary>
public sealed record ConfigurationParameter(
    string Key,
    string Type,
    string? Unit,
    double? Minimum,
    double? Maximum,
    IReadOnlyList<string>? Values,
    string Description)
{
    internal Func<PhysiologyOverrides, double?>? Read { get; init; }
}
