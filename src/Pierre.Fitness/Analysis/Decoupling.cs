namespace Pierre.Fitness.Analysis;

/// <summary>
/// Output per heartbeat (efficiency factor) in each half of the steady, moving part of a session, how much it fell from
/// the first half to the second (%), and which seconds were left out: the warm-up and the stops after it.
/// </summary>
public sealed record Decoupling(
    DecouplingBasis Basis, double FirstHalfRatio, double SecondHalfRatio, double Percent, int WarmUpSeconds, int StoppedSeconds, int AnalysedSeconds)
{
    /// <summary>Friel's reading: under 5 % the session is coupled (aerobic endurance adequate for this duration); above, decoupled.</summary>
    public bool Decoupled => Percent > AerobicDecoupling.ThresholdPercent;
}
