namespace Pierre.Fitness.Analysis;

/// <summary>A running mean over the samples that are finite and positive (a dropped heart-rate or speed reading is NaN or 0).</summary>
internal struct MeanAccumulator
{
    private double _sum;
    private int _count;

    public readonly double? Mean => _count > 0 ? _sum / _count : null;

    public void AddPositive(double sample)
    {
        if (double.IsFinite(sample) && sample > 0)
        {
            _sum += sample;
            _count++;
        }
    }

    public static double? Of(ReadOnlySpan<double> samples)
    {
        var mean = default(MeanAccumulator);
        foreach (var sample in samples)
        {
            mean.AddPositive(sample);
        }

        return mean.Mean;
    }
}
