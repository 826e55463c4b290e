using System.Globalization;
using Pierre.Fitness.Model;

namespace Pierre.Fitness.Configuration;

/// <summary>The verdict on a configuration: errors refuse it, warnings only point at unusual values.</summary>
public sealed record ConfigurationCheck(IReadOnlyList<string> Errors, IReadOnlyList<string> Warnings)
{
    private const int MinHeartRateReserve = 20;

    public bool IsValid => Errors.Count == 0;

    /// <summary>
    /// Checks each override against its bounds, then the athlete they produce: resting &lt; threshold &lt; maximum
    /// heart rate with at least 20 bpm of reserve, for the cycling and the running LTHR alike. Warns when an LTHR is outside
    /// 80–95 % of maximum (Friel's usual band), when maximum heart rate is more than 25 bpm from Tanaka's estimate, or when
    /// cycling FTP is above 6 W/kg.
    /// </summary>
    public static ConfigurationCheck Of(PhysiologyOverrides overrides, Athlete? baseline)
    {
        var errors = new List<string>();
        var warnings = new List<string>();
        foreach (var parameter in ConfigurationCatalog.Parameters)
        {
            if (parameter.Read?.Invoke(overrides) is { } value && (value < parameter.Minimum || value > parameter.Maximum))
            {
                errors.Add(Invariant($"{parameter.Key} {value} is outside {parameter.Minimum}–{parameter.Maximum} {parameter.Unit}"));
            }
        }

        if (errors.Count > 0)
        {
            return new ConfigurationCheck(errors, warnings);
        }

        var resting = overrides.RestingHeartRate ?? baseline?.RestingHeartRate;
        var athlete = baseline is null ? null : overrides.ApplyTo(baseline);
        var max = overrides.MaxHeartRate ?? athlete?.MaxHeartRate;
        if (resting is { } r && max is { } m && m - r < MinHeartRateReserve)
        {
            errors.Add(Invariant($"resting heart rate {r} must be at least {MinHeartRateReserve} bpm below maximum heart rate {m}"));
        }

        CheckThreshold("cycling", overrides.CyclingLthrBpm ?? athlete?.Thresholds.CyclingLthrBpm, resting, max, errors, warnings);
        CheckThreshold("running", overrides.RunningLthrBpm ?? athlete?.Thresholds.RunningLthrBpm, resting, max, errors, warnings);

        var age = overrides.AgeYears ?? athlete?.AgeYears;
        if (overrides.MaxHeartRate is { } measured && age is { } a && Math.Abs(measured - (208 - (0.7 * a))) > 25)
        {
            warnings.Add(Invariant($"maximum heart rate {measured} is more than 25 bpm from the age-predicted {208 - (0.7 * a):0}; keep it only if measured"));
        }

        var weight = overrides.WeightKg ?? athlete?.WeightKg;
        if ((overrides.CyclingFtpWatts ?? athlete?.Thresholds.CyclingFtpWatts) is { } ftp && weight is > 0 and { } w && ftp / w > 6)
        {
            warnings.Add(Invariant($"FTP {ftp:0} W is {ftp / w:0.0} W/kg, above what even professionals hold for an hour"));
        }

        return new ConfigurationCheck(errors, warnings);
    }

    private static void CheckThreshold(string sport, double? threshold, int? resting, int? max, List<string> errors, List<string> warnings)
    {
        if (threshold is { } t && ((resting is { } r && t <= r) || (max is { } m && t >= m)))
        {
            errors.Add(Invariant($"{sport} lactate threshold heart rate {t} must lie between resting ({resting?.ToString(CultureInfo.InvariantCulture) ?? "?"}) and maximum ({max?.ToString(CultureInfo.InvariantCulture) ?? "?"}) heart rate"));
        }
        else if (threshold is { } t2 && max is { } m2 && (t2 < 0.8 * m2 || t2 > 0.95 * m2))
        {
            warnings.Add(Invariant($"{sport} lactate threshold heart rate {t2} is {t2 / m2:P0} of maximum; it is usually 80–95 %"));
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
