namespace Pierre.Fitness.Model;

/// <summary>Sensor streams with NaN, infinities or (for magnitudes like speed and power) negative samples are unusable.</summary>
internal static class SampleChecks
{
    public static bool AreFinite(ReadOnlySpan<double> samples)
    {
        foreach (var sample in samples)
        {
            if (!double.IsFinite(sample))
            {
                return false;
            }
        }

        return true;
    }

    public static bool AreNonNegative(ReadOnlySpan<double> samples)
    {
        foreach (var sample in samples)
        {
            if (!double.IsFinite(sample) || sample < 0)
            {
                return false;
            }
        }

        return true;
    }
}
