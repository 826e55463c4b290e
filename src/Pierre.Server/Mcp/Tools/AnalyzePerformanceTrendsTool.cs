using Pierre.Fitness.Model;
using Pierre.Fitness.Analysis;
using Pierre.Server.Connections;

namespace Pierre.Server.Mcp.Tools;

/// <summary>Least-squares trend of pace (runs, swims), power (rides) or heart rate over recent weeks, with R² and significance.</summary>
internal sealed class AnalyzePerformanceTrendsTool(ProviderResolver providers, ActivitySource source, TimeProvider clock) : IMcpTool
{
    public static readonly ToolDescriptor Definition = new(
        "analyze_performance_trends",
        "Performance trends",
        "Fits a least-squares line to one metric of one sport over the last `weeks` weeks and says whether it is improving, declining or flat (t-test at 5 %). Metrics: pace (s/km, lower is better), power (W), heart_rate (bpm at similar efforts, lower is better).",
        """
        {"type":"object","properties":{"sport_type":{"type":"string","enum":["run","ride","swim"],"default":"run"},
          "metric":{"type":"string","enum":["pace","power","heart_rate"],"default":"pace"},
          "weeks":{"type":"integer","minimum":4,"maximum":104,"default":12},"provider":{"type":"string"}},
         "additionalProperties":false}
        """,
        """
        {"type":"object","properties":{"provider":{"type":"string"},"sport_type":{"type":"string"},"metric":{"type":"string"},"weeks":{"type":"integer"},
          "activities":{"type":"integer"},"change_per_week":{"type":"number"},"r_squared":{"type":"number"},"t_statistic":{"type":"number"},
          "significant":{"type":"boolean"},"direction":{"type":"string"}},
         "required":["provider","sport_type","metric","weeks","activities","direction"]}
        """,
        ReadOnly: true, Destructive: false, Idempotent: true, OpenWorld: false);

    public ToolDescriptor Descriptor => Definition;

    public async Task<ToolOutcome> InvokeAsync(ToolInvocation call, CancellationToken cancellationToken)
    {
        call.RejectUnknown(["sport_type", "metric", "weeks", "provider"]);
        var sportName = call.OptionalString("sport_type", 8)?.ToLowerInvariant() ?? "run";
        var sport = sportName switch
        {
            "run" => Sport.Run,
            "ride" => Sport.Ride,
            "swim" => Sport.Swim,
            _ => throw new ToolArgumentException("argument 'sport_type' must be run, ride or swim"),
        };
        var metric = call.OptionalString("metric", 16)?.ToLowerInvariant() ?? "pace";
        Func<Activity, double?> value = metric switch
        {
            "pace" => a => a.PaceSecondsPerKilometer,
            "power" => a => a.AveragePowerWatts,
            "heart_rate" => a => a.AverageHeartRate,
            _ => throw new ToolArgumentException("argument 'metric' must be pace, power or heart_rate"),
        };
        var weeks = call.Int("weeks", 12, 4, 104);
        var (provider, error) = await providers.ResolveAsync(call, cancellationToken).ConfigureAwait(false);
        if (error is not null)
        {
            return error;
        }

        var now = clock.GetUtcNow();
        if (RecentTrends.Fit(await source.ActivitiesAsync(provider!, call.Caller.Account, cancellationToken).ConfigureAwait(false), sport, value, now, weeks) is not { } line)
        {
            return ToolOutcome.Error($"Fewer than 3 {sportName} activities with {metric} in the last {weeks} weeks; try more weeks or another metric.");
        }

        var lowerIsBetter = metric is "pace" or "heart_rate";
        var direction = RecentTrends.Direction(line, lowerIsBetter);
        return ToolOutcome.Success(
            new
            {
                provider, sport_type = sportName, metric, weeks, activities = line.Count,
                change_per_week = Math.Round(line.Slope, 2), r_squared = Math.Round(line.RSquared, 3),
                t_statistic = Math.Round(line.TStatistic, 2), significant = line.Significant, direction,
            },
            $"{sportName} {metric} over {weeks} weeks ({line.Count} activities): {direction}, {line.Slope:+0.00;-0.00} per week, R² {line.RSquared:0.00}{(line.Significant ? "" : " (not significant)")}.");
    }
}
