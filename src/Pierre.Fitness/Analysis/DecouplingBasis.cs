namespace Pierre.Fitness.Analysis;

/// <summary>The output set against heart rate: NP (Pw:HR), grade-adjusted normalized pace (Pa:HR), or normalized speed on the flat when altitude is missing.</summary>
public enum DecouplingBasis
{
    Power = 0,
    GradedPace,
    Pace,
}
