using System.Text.Json;
using Pierre.Fitness.Recovery;
using Pierre.Server.Analysis;

namespace Pierre.Server.Mcp.Tools;

/// <summary>The arguments calculate_recovery_score and suggest_rest_day share, and the HRV part of their answers.</summary>
internal static class ReadinessArguments
{
    public static readonly string[] Names = ["provider", "sleep_hours", "hrv_ms", "baseline_hrv_ms", "hrv_series"];

    /// <summary>The input schema both tools declare.</summary>
    public static readonly string InputSchema = $$$"""
        {"type":"object","properties":{"provider":{"type":"string"},
          "sleep_hours":{"type":"number","minimum":0,"maximum":24},
          "hrv_ms":{"type":"number","minimum":1,"maximum":300,"description":"One morning's rMSSD (single-reading path; give baseline_hrv_ms too)"},
          "baseline_hrv_ms":{"type":"number","minimum":1,"maximum":300},
          "hrv_series":{"type":"array","items":{"type":"number","exclusiveMinimum":0},"minItems":{{{HrvTrend.MinimumMornings}}},"maxItems":{{{MaxMornings}}},
            "description":"The last {{{HrvTrend.MinimumMornings}}} or more mornings' rMSSD in ms, oldest first: with {{{HrvTrend.BaselineMornings}}} or more the 7-day rolling mean of ln rMSSD is judged against the whole series' mean ± SWC (Plews et al.); with fewer, today's ln rMSSD against the 7-day mean ± SWC. Not with hrv_ms."}},
         "additionalProperties":false}
        """;

    /// <summary>The JSON-schema properties of the HRV trend both tools return.</summary>
    public const string OutputProperties = """
        "hrv_method":{"type":"string","description":"how HRV was judged; absent without HRV"},
        "hrv_trend":{"type":"object","properties":{"today_ln_rmssd":{"type":"number"},"rolling_mean_ln_rmssd":{"type":"number"},
          "baseline_mean_ln_rmssd":{"type":"number","description":"absent with fewer than 14 mornings: today is judged against the rolling mean"},
          "swc_ln":{"type":"number"},"mornings":{"type":"integer"},"status":{"type":"string","enum":["below_normal","within_normal","above_normal"]}},
          "required":["today_ln_rmssd","rolling_mean_ln_rmssd","swc_ln","mornings","status"]}
        """;

    private const int MaxMornings = 120;

    public static ReadinessRequest Read(ToolInvocation call)
    {
        call.RejectUnknown(Names);
        return new ReadinessRequest(
            call.OptionalProvider(), call.OptionalNumber("sleep_hours", 0, 24), call.OptionalNumber("hrv_ms", 1, 300),
            call.OptionalNumber("baseline_hrv_ms", 1, 300), Series(call.OptionalArray("hrv_series")));
    }

    /// <summary>The trend as it is returned, or null when no series was given.</summary>
    public static object? Trend(HrvTrendResult? trend) => trend is { } t
        ? new
        {
            today_ln_rmssd = Math.Round(t.TodayLn, 3), rolling_mean_ln_rmssd = Math.Round(t.RollingMeanLn, 3),
            baseline_mean_ln_rmssd = t.BaselineMeanLn is { } baseline ? Math.Round(baseline, 3) : (double?)null,
            swc_ln = Math.Round(t.SmallestWorthwhileChangeLn, 3), mornings = t.Mornings, status = Status(t.Status),
        }
        : null;

    public static string Status(HrvStatus status) => status switch
    {
        HrvStatus.BelowNormal => "below_normal",
        HrvStatus.AboveNormal => "above_normal",
        _ => "within_normal",
    };

    /// <summary>Numbers only; whether they are usable rMSSD values is the recovery service's to say.</summary>
    private static List<double>? Series(JsonElement? array)
    {
        if (array is not { } items)
        {
            return null;
        }

        if (items.GetArrayLength() > MaxMornings)
        {
            throw new ToolArgumentException($"argument 'hrv_series' takes at most {MaxMornings} mornings");
        }

        var values = new List<double>(items.GetArrayLength());
        foreach (var item in items.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.Number || !item.TryGetDouble(out var value))
            {
                throw new ToolArgumentException($"argument 'hrv_series' must hold numbers (rMSSD in ms); item {values.Count} is not one");
            }

            values.Add(value);
        }

        return values;
    }
}
