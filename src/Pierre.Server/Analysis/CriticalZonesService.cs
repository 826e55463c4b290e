using Pierre.Fitness.Zones;
using Pierre.Server.Auth;
using Pierre.Server.Errors;

namespace Pierre.Server.Analysis;

/// <summary>
/// The critical-power and CSS part of the personal zones, fitted on the athlete's stored bests like calculate_critical_power.
/// It reads no streams itself: the threshold estimate of the same call fills the bests (within the provider's rate budget),
/// so a first call may see part of them, as its partial_data says.
/// </summary>
internal sealed class CriticalZonesService(CriticalPowerService criticalPower)
{
    /// <summary>
    /// The CP fit and its domains, and the swim zones around CSS: the one given, else the user's <c>swimming_css_s_per_100m</c>
    /// setting (<paramref name="configuredCss"/>), else a fit on the stored swim bests.
    /// </summary>
    public async Task<Result<CriticalZones>> ForAsync(Caller caller, string provider, PowerAnchor anchor, double? swimCssSecondsPer100Meters, double? configuredCss, CancellationToken ct)
    {
        var cycling = await criticalPower.FitAsync(caller, new CriticalPowerRequest(null, null, CriticalSport.Cycling, provider, StoredOnly: true), ct).ConfigureAwait(false);
        var fit = cycling.Value;
        var domains = fit is { CriticalPowerWatts: { } cp, WPrimeJoules: { } wPrime } ? CriticalPowerZones.Domains(cp, wPrime) : null;
        var missing = domains is not null ? null
            : cycling.Refusal?.Detail ?? "The stored bests give no usable critical power (CP 30–700 W with a positive W′).";
        if (anchor == PowerAnchor.CriticalPower && missing is not null)
        {
            return Refusal.Precondition($"power_anchor 'cp' needs a critical power, and there is none: {missing} Use power_anchor 'ftp' (the default), or fit CP from efforts you give to calculate_critical_power.");
        }

        var (css, source) = swimCssSecondsPer100Meters is { } given ? (given, "argument")
            : configuredCss is { } set ? (set, "settings (swimming_css_s_per_100m)")
            : ((double?)null, (string?)null);
        if (css is null
            && (await criticalPower.FitAsync(caller, new CriticalPowerRequest(null, null, CriticalSport.Swimming, provider, StoredOnly: true), ct).ConfigureAwait(false)).Value
                is { CssSecondsPer100Meters: { } fitted } swim)
        {
            (css, source) = (fitted, $"fitted on stored swim bests ({string.Join(", ", swim.Efforts.Select(e => e.Label))})");
        }

        return new CriticalZones(anchor, domains is null ? null : fit, missing, domains, css, source, css is { } pace ? SwimPaceZones.FromCss(pace) : null);
    }
}
