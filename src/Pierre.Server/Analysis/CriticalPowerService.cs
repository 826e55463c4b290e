using Pierre.Fitness.Model;
using Pierre.Fitness.Performance;
using Pierre.Server.Activities;
using Pierre.Server.Auth;
using Pierre.Server.Connections;
using Pierre.Server.Data.Entities;
using Pierre.Server.Errors;

namespace Pierre.Server.Analysis;

/// <summary>
/// Critical power and W′, or critical speed and D′, by the 2-parameter linear model (Monod &amp; Scherrer 1965), from
/// given efforts or the athlete's stored best efforts of the last <see cref="WindowDays"/> days.
/// </summary>
internal sealed class CriticalPowerService(ProviderResolver providers, ActivitySource source, ActivityBestsStore bests, TimeProvider clock)
{
    public const int WindowDays = 90;
    private const double ShortestSeconds = 300;
    public const string Model = "2-parameter linear work–time (Monod & Scherrer 1965)";

    public async Task<Result<CriticalPowerResult>> FitAsync(Caller caller, CriticalPowerRequest request, CancellationToken ct)
    {
        if (request.PowerEfforts is not null && request.DistanceEfforts is not null)
        {
            return Refusal.Invalid("give power efforts or distance efforts, not both");
        }

        if (request.PowerEfforts is { } power)
        {
            if (request.Sport is CriticalSport.Swimming)
            {
                return Refusal.Invalid("swimming needs distance efforts ({duration_s, distance_m}), not power");
            }

            return FitPower(request.Sport ?? CriticalSport.Cycling, [.. power.Select(e => new UsedEffort(e.DurationSeconds, e.PowerWatts, null, null))], "input", false);
        }

        if (request.DistanceEfforts is { } distance)
        {
            if (request.Sport is CriticalSport.Cycling)
            {
                return Refusal.Invalid("distance efforts are for sport running or swimming; give power efforts ({duration_s, power_w}) for cycling");
            }

            return FitDistance(request.Sport ?? CriticalSport.Running, [.. distance.Select(e => new UsedEffort(e.DurationSeconds, null, e.DistanceMeters, null))], "input", false);
        }

        if (!(await providers.ResolveAsync(caller, request.Provider, ct).ConfigureAwait(false)).TryGetValue(out var provider, out var refusal))
        {
            return refusal;
        }

        var sport = request.Sport ?? CriticalSport.Cycling;
        var wanted = sport switch { CriticalSport.Running => Sport.Run, CriticalSport.Swimming => Sport.Swim, _ => Sport.Ride };
        var since = clock.GetUtcNow().AddDays(-WindowDays);
        var recent = (await source.WindowAsync(provider, caller.Account, since, ct).ConfigureAwait(false))
            .Where(a => a.Sport == wanted && (sport == CriticalSport.Cycling
                ? a.AveragePowerWatts is not null && a.DurationSeconds >= ShortestSeconds
                : a.DistanceMeters >= (sport == CriticalSport.Swimming ? 400 : 1000)))
            .ToList();
        var coverage = await bests.ForActivitiesAsync(provider, caller.Account, recent, ct, request.StoredOnly ? 0 : null).ConfigureAwait(false);
        var efforts = sport == CriticalSport.Cycling ? PowerBests(coverage.Bests) : DistanceBests(coverage.Bests, sport);
        return sport == CriticalSport.Cycling
            ? FitPower(sport, efforts, provider, coverage.IsPartial)
            : FitDistance(sport, efforts, provider, coverage.IsPartial);
    }

    private static List<UsedEffort> PowerBests(IReadOnlyList<ActivityBests> stored)
    {
        var efforts = new List<UsedEffort>();
        if (stored.Max(b => b.Power5MinutesWatts) is { } five)
        {
            efforts.Add(new UsedEffort(300, five, null, "best 5 min"));
        }

        if (stored.Max(b => b.Power20MinutesWatts) is { } twenty)
        {
            efforts.Add(new UsedEffort(1200, twenty, null, "best 20 min"));
        }

        return efforts;
    }

    private static List<UsedEffort> DistanceBests(IReadOnlyList<ActivityBests> stored, CriticalSport sport)
    {
        var efforts = new List<UsedEffort>();
        if (sport == CriticalSport.Swimming && stored.Min(b => b.Fastest400MetersSeconds) is { } four)
        {
            efforts.Add(new UsedEffort(four, null, 400, "fastest 400 m"));
        }

        if (stored.Min(b => b.Fastest1KilometerSeconds) is { } one)
        {
            efforts.Add(new UsedEffort(one, null, 1000, "fastest 1 km"));
        }

        if (sport == CriticalSport.Running && stored.Min(b => b.Fastest5KilometersSeconds) is { } five)
        {
            efforts.Add(new UsedEffort(five, null, 5000, "fastest 5 km"));
        }

        return efforts;
    }

    private static Result<CriticalPowerResult> FitPower(CriticalSport sport, List<UsedEffort> efforts, string source, bool partial)
    {
        if (efforts.Count < 2)
        {
            return TooFew(efforts.Count, source, "5-min and 20-min best powers");
        }

        if (CriticalPower.FromPower(efforts.Select(e => new PowerEffort(e.DurationSeconds, e.PowerWatts!.Value))) is not { } fit)
        {
            return Refusal.Invalid("the efforts must have at least two different durations to fit critical power");
        }

        return new CriticalPowerResult(sport, fit.CriticalPowerWatts, fit.WPrimeJoules, null, null, null, fit.RSquared, efforts,
            "least-squares fit of work (power × duration) against duration", source, partial);
    }

    private static Result<CriticalPowerResult> FitDistance(CriticalSport sport, List<UsedEffort> efforts, string source, bool partial)
    {
        if (efforts.Count < 2)
        {
            return TooFew(efforts.Count, source, sport == CriticalSport.Swimming ? "fastest 400 m and 1 km swims" : "fastest 1 km and 5 km runs");
        }

        if (CriticalPower.FromDistance(efforts.Select(e => new DistanceEffort(e.DurationSeconds, e.DistanceMeters!.Value))) is not { } fit)
        {
            return Refusal.Invalid("the efforts must have at least two different durations, and cover more distance in the longer one, to fit critical speed");
        }

        return new CriticalPowerResult(sport, null, null, fit.CriticalSpeedMetersPerSecond, fit.DPrimeMeters,
            sport == CriticalSport.Swimming ? fit.SecondsPer100Meters : null, fit.RSquared, efforts,
            sport == CriticalSport.Swimming
                ? "least-squares fit of distance against duration; critical swim speed (CSS, Wakayoshi et al. 1992)"
                : "least-squares fit of distance against duration (critical speed)",
            source, partial);
    }

    private static Refusal TooFew(int count, string source, string bests) => source == "input"
        ? Refusal.Invalid($"critical power needs at least two efforts of different durations; {count} given")
        : Refusal.Precondition(
            $"Only {count} stored best effort(s) in the last {WindowDays} days ({bests} are used); record more, or give 'efforts' (at least two of {{duration_s, power_w}} or {{duration_s, distance_m}}).");
}
