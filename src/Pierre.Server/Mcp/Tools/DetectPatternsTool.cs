using Pierre.Fitness.Analysis;
using Pierre.Server.Analysis;

namespace Pierre.Server.Mcp.Tools;

/// <summary>Patterns in the last weeks of training: consistency, hard/easy balance, volume spikes, weekday habits, long sessions.</summary>
internal sealed class DetectPatternsTool(TrainingAnalysisService training) : IMcpTool
{
    public static readonly ToolDescriptor Definition = new(
        "detect_patterns",
        "Training patterns",
        "Looks at the last `weeks` 7-day weeks (ending today) of training: consistency (sessions per week, share of weeks with 3+ sessions, longest break), hard/easy balance (share of sessions at threshold or harder against the training profile's target, after Seiler's 80/20), week-over-week volume spikes (duration or distance up more than 10 % or more than the profile allows: the \"10 % rule\" is a convention, and a randomised trial, Buist et al. 2008, found it did not lower injuries in novice runners), preferred training days, and how regular long runs (≥ 90 min) and long rides (≥ 2.5 h) are.",
        """{"type":"object","properties":{"weeks":{"type":"integer","minimum":4,"maximum":52,"default":12},"provider":{"type":"string"}},"additionalProperties":false}""",
        """
        {"type":"object","properties":{"provider":{"type":"string"},"weeks":{"type":"integer"},"from":{"type":"string","format":"date"},"to":{"type":"string","format":"date"},"profile":{"type":"string"},"method":{"type":"string"},
          "weekly":{"type":"array","items":{"type":"object","properties":{"start":{"type":"string"},"end":{"type":"string"},"sessions":{"type":"integer"},
            "training_days":{"type":"integer"},"duration_s":{"type":"number"},"distance_m":{"type":"number"}}}},
          "consistency":{"type":"object","properties":{"sessions_per_week":{"type":"number"},"training_days_per_week":{"type":"number"},
            "share_of_weeks_with_3_sessions":{"type":"number"},"longest_gap_days":{"type":"integer"}}},
          "intensity":{"type":"object","properties":{"hard_sessions":{"type":"integer"},"rated_sessions":{"type":"integer"},"hard_share":{"type":["number","null"]},
            "target_share":{"type":"number"},"status":{"type":"string"}}},
          "volume_spikes":{"type":"object","properties":{"profile_limit":{"type":"number"},"weeks":{"type":"array","items":{"type":"object","properties":{
            "week_ending":{"type":"string"},"duration_increase":{"type":["number","null"]},"distance_increase":{"type":["number","null"]},
            "over_10_percent":{"type":"boolean"},"over_profile_limit":{"type":"boolean"}}}}}},
          "training_days":{"type":"array","items":{"type":"object","properties":{"day":{"type":"string"},"sessions":{"type":"integer"},"preferred":{"type":"boolean"}}}},
          "preferred_days":{"type":"array","items":{"type":"string"}},
          "long_sessions":{"type":"array","items":{"type":"object","properties":{"sport":{"type":"string"},"minimum_s":{"type":"number"},"sessions":{"type":"integer"},
            "weeks_with_one":{"type":"integer"},"share_of_weeks":{"type":"number"},"usual_day":{"type":["string","null"]}}}}},
         "required":["provider","weeks","from","to","profile","method","weekly","consistency","intensity","volume_spikes","training_days","preferred_days","long_sessions"]}
        """,
        ReadOnly: true, Destructive: false, Idempotent: true, OpenWorld: false, Group: ToolGroup.Analysis);

    public ToolDescriptor Descriptor => Definition;

    public async Task<ToolOutcome> InvokeAsync(ToolInvocation call, CancellationToken cancellationToken)
    {
        call.RejectUnknown(["weeks", "provider"]);
        var request = new PatternsRequest(call.Int("weeks", PatternsRequest.DefaultWeeks, PatternsRequest.MinWeeks, PatternsRequest.MaxWeeks), call.OptionalProvider());
        return ToolOutcome.From(await training.PatternsAsync(call.Caller.Caller, request, cancellationToken).ConfigureAwait(false), View);
    }

    private static ToolOutcome View(DetectedPatterns detected)
    {
        var (provider, weeks, profile, p) = detected;
        var (c, intensity) = (p.Consistency, p.Intensity);
        var preferred = p.Days.Where(d => d.Preferred).OrderByDescending(d => d.Sessions).Select(d => d.Day.ToString()).ToList();
        var text = $"{weeks} weeks: {c.SessionsPerWeek:0.0} sessions a week, {c.ShareOfWeeksWithThreeSessions:P0} of weeks with 3+, longest break {c.LongestGapDays} days; "
            + $"{intensity.Status} ({(intensity.HardShare is { } share ? $"{share:P0}" : "no")} hard vs {intensity.TargetShare:P0} target); "
            + $"{p.VolumeSpikes.Count(s => s.OverProfileLimit)} volume spikes over the {profile.Name} limit of {profile.MaxWeeklyVolumeIncrease:P0}; "
            + $"usual days: {(preferred.Count > 0 ? string.Join(", ", preferred) : "none")}.";
        return ToolOutcome.Success(
            new
            {
                provider,
                weeks,
                from = p.From,
                to = p.To,
                profile = profile.Name,
                method = TrainingPatterns.Method,
                weekly = p.Weeks.Select(w => new
                {
                    start = w.Start, end = w.End, sessions = w.Sessions, training_days = w.TrainingDays, duration_s = Numbers.Round(w.DurationSeconds, 0),
                    distance_m = Numbers.Round(w.DistanceMeters, 0),
                }),
                consistency = new
                {
                    sessions_per_week = Numbers.Round(c.SessionsPerWeek, 2), training_days_per_week = Numbers.Round(c.TrainingDaysPerWeek, 2),
                    share_of_weeks_with_3_sessions = Numbers.Round(c.ShareOfWeeksWithThreeSessions, 3), longest_gap_days = c.LongestGapDays,
                },
                intensity = new
                {
                    hard_sessions = intensity.HardSessions, rated_sessions = intensity.RatedSessions, hard_share = Numbers.Round(intensity.HardShare, 3),
                    target_share = intensity.TargetShare, status = intensity.Status,
                },
                volume_spikes = new
                {
                    profile_limit = profile.MaxWeeklyVolumeIncrease,
                    weeks = p.VolumeSpikes.Select(s => new
                    {
                        week_ending = s.WeekEnding, duration_increase = Numbers.Round(s.DurationIncrease, 3), distance_increase = Numbers.Round(s.DistanceIncrease, 3),
                        over_10_percent = s.OverTenPercent, over_profile_limit = s.OverProfileLimit,
                    }),
                },
                training_days = p.Days.Select(d => new { day = d.Day.ToString(), sessions = d.Sessions, preferred = d.Preferred }),
                preferred_days = preferred,
                long_sessions = p.LongSessions.Select(l => new
                {
                    sport = l.Sport.ToString().ToLowerInvariant(), minimum_s = SessionType.LongSeconds(l.Sport), sessions = l.Sessions,
                    weeks_with_one = l.WeeksWithOne, share_of_weeks = Numbers.Round(l.ShareOfWeeks, 3), usual_day = l.UsualDay?.ToString(),
                }),
            },
            text);
    }
}
