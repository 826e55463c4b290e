namespace Pierre.Server.Analysis;

/// <summary>
/// A race time for <paramref name="TargetMeters"/>, from a given reference race (both its distance and time) or, when
/// none is given, the athlete's best recent run. <paramref name="RiegelExponent"/> defaults to the training profile's.
/// </summary>
internal sealed record PredictionRequest(double TargetMeters, double? ReferenceMeters, double? ReferenceSeconds, double? RiegelExponent, string? Provider);
