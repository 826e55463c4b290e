using Pierre.Fitness.Load;
using Pierre.Fitness.Model;
using Pierre.Server.Connections;
using Pierre.Server.Intelligence;

namespace Pierre.Server.Mcp.Tools;

/// <summary>Stress metrics of one activity from its 1 Hz streams: NP, IF, TSS, rTSS, hrTSS, Banister and Edwards TRIMP.</summary>
internal sealed class CalculateMetricsTool(AthleteProfiles profiles, ActivitySource source) : IMcpTool
{
    public static readonly ToolDescriptor Definition = new(
        "calculate_metrics",
        "Activity stress metrics",
        "For one activity (activity_id from get_activities): Normalized Power, Intensity Factor and TSS when it has power; normalized graded pace and rTSS for runs (grade-adjusted after Minetti 2002, against threshold pace); hrTSS and Banister/Edwards TRIMP when it has heart rate, computed from its per-second streams.",
        """{"type":"object","properties":{"activity_id":{"type":"string"},"provider":{"type":"string"}},"required":["activity_id"],"additionalProperties":false}""",
        """
        {"type":"object","properties":{"provider":{"type":"string"},"activity_id":{"type":"string"},"duration_s":{"type":"number"},
          "normalized_power_w":{"type":["number","null"]},"intensity_factor":{"type":["number","null"]},"tss":{"type":["number","null"]},
          "normalized_graded_pace_s_per_km":{"type":["number","null"]},"r_tss":{"type":["number","null"]},
          "hr_tss":{"type":["number","null"]},"trimp_banister":{"type":["number","null"]},"trimp_edwards":{"type":["number","null"]}},
         "required":["provider","activity_id","duration_s"]}
        """,
        ReadOnly: true, Destructive: false, Idempotent: true, OpenWorld: false);

    public ToolDescriptor Descriptor => Definition;

    public async Task<ToolOutcome> InvokeAsync(ToolInvocation call, CancellationToken cancellationToken)
    {
        call.RejectUnknown(["activity_id", "provider"]);
        var activityId = call.RequiredString("activity_id");
        var (context, error) = await profiles.ResolveAsync(call, cancellationToken).ConfigureAwait(false);
        if (error is not null)
        {
            return error;
        }

        var provider = context!.Provider;
        if (await ActivityLookup.FindAsync(source, context, call.Caller.Account, activityId, cancellationToken).ConfigureAwait(false) is not { Activity: var activity, Streams: var streams })
        {
            return ActivityLookup.Unknown(activityId);
        }

        var athlete = context.Athlete;
        var duration = streams.TimeSeconds.Length;
        var np = streams.PowerWatts is { } power ? PowerStress.NormalizedPowerWatts(power) : null;
        var averageHr = streams.HeartRate?.Where(double.IsFinite).ToList() is { Count: > 0 } beats ? beats.Average() : (double?)null;
        var lthr = ActivityStress.EstimatedLactateThreshold(athlete);
        var graded = activity.Sport == Sport.Run
            ? RunningStress.NormalizedGradedSpeedMetersPerSecond(streams.SpeedMetersPerSecond, streams.AltitudeMeters, streams.DistanceMeters)
            : null;
        return ToolOutcome.Success(new
        {
            provider,
            activity_id = activityId,
            duration_s = duration,
            normalized_power_w = Numbers.Round(np),
            intensity_factor = np is { } n && athlete.FtpWatts is { } ftp ? Numbers.Round(PowerStress.IntensityFactor(n, ftp), 3) : null,
            tss = np is { } n2 && athlete.FtpWatts is { } ftp2 ? Numbers.Round(PowerStress.TrainingStressScore(duration, n2, ftp2)) : null,
            normalized_graded_pace_s_per_km = graded is > 0 and { } speed ? Math.Round(1000 / speed, 1) : (double?)null,
            r_tss = graded is { } g && athlete.ThresholdPaceSecondsPerKm is { } pace ? Numbers.Round(RunningStress.TrainingStressScore(duration, g, pace)) : null,
            hr_tss = averageHr is { } hr ? Numbers.Round(HeartRateStress.HeartRateTss(duration, hr, athlete.RestingHeartRate, lthr)) : null,
            trimp_banister = averageHr is { } hr2 ? Numbers.Round(HeartRateStress.BanisterTrimp(duration, hr2, athlete.RestingHeartRate, athlete.MaxHeartRate, athlete.Sex)) : null,
            trimp_edwards = streams.HeartRate is { } series ? Numbers.Round(HeartRateStress.EdwardsTrimp(series, athlete.MaxHeartRate)) : null,
        });
    }
}
