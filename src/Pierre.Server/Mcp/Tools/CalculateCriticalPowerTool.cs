using System.Text.Json;
using Pierre.Fitness.Performance;
using Pierre.Server.Analysis;

namespace Pierre.Server.Mcp.Tools;

/// <summary>Critical power and W′ (or critical speed and D′) by the 2-parameter linear model, from given efforts or the athlete's stored bests.</summary>
internal sealed class CalculateCriticalPowerTool(CriticalPowerService criticalPower) : IMcpTool
{
    private const int MaxEfforts = 20;
    private const double MaxDurationSeconds = 6 * 3600;

    public static readonly ToolDescriptor Definition = new(
        "calculate_critical_power",
        "Calculate critical power or critical speed",
        "Fits the 2-parameter linear critical power model (Monod & Scherrer 1965): work = CP·t + W′ for power efforts {duration_s, power_w} "
        + "(cycling), or distance = CS·t + D′ for distance efforts {duration_s, distance_m} (running by default, or swimming, which also gives "
        + "the CSS pace per 100 m). Needs at least two efforts of different durations, ideally between 2 and 20 minutes. Without efforts it uses "
        + "the athlete's stored best efforts of the last 90 days: the best 5-min and 20-min powers (cycling), the fastest 1 km and 5 km (running), "
        + "or the fastest 400 m and 1 km (swimming).",
        """
        {"type":"object","properties":{
          "efforts":{"type":"array","minItems":2,"maxItems":20,"description":"All {duration_s, power_w} or all {duration_s, distance_m}",
            "items":{"type":"object","properties":{
              "duration_s":{"type":"number","exclusiveMinimum":0,"maximum":21600},
              "power_w":{"type":"number","exclusiveMinimum":0,"maximum":3000},
              "distance_m":{"type":"number","exclusiveMinimum":0,"maximum":200000}},
             "required":["duration_s"],"additionalProperties":false}},
          "sport":{"type":"string","enum":["cycling","running","swimming"],"description":"cycling (default for power efforts and without efforts), running (default for distance efforts) or swimming"},
          "provider":{"type":"string"}},
         "additionalProperties":false}
        """,
        """
        {"type":"object","properties":{
          "sport":{"type":"string"},
          "critical_power_w":{"type":"number"},"w_prime_j":{"type":"number"},
          "critical_speed_m_s":{"type":"number"},"d_prime_m":{"type":"number"},"css_s_per_100m":{"type":"number"},
          "r_squared":{"type":"number"},
          "efforts":{"type":"array","items":{"type":"object","properties":{
            "duration_s":{"type":"number"},"power_w":{"type":"number"},"distance_m":{"type":"number"},"label":{"type":"string"}},"required":["duration_s"]}},
          "model":{"type":"string"},"method":{"type":"string"},"source":{"type":"string"},"partial_data":{"type":"boolean"}},
         "required":["sport","r_squared","efforts","model","method","source","partial_data"]}
        """,
        ReadOnly: true, Destructive: false, Idempotent: true, OpenWorld: false, Group: ToolGroup.Analysis);

    public ToolDescriptor Descriptor => Definition;

    public async Task<ToolOutcome> InvokeAsync(ToolInvocation call, CancellationToken cancellationToken)
    {
        call.RejectUnknown(["efforts", "sport", "provider"]);
        var sport = call.OptionalString("sport", 20) switch
        {
            null => (CriticalSport?)null,
            "cycling" => CriticalSport.Cycling,
            "running" => CriticalSport.Running,
            "swimming" => CriticalSport.Swimming,
            _ => throw new ToolArgumentException("argument 'sport' must be cycling, running or swimming"),
        };
        var (power, distance) = ReadEfforts(call.OptionalArray("efforts"));
        var request = new CriticalPowerRequest(power, distance, sport, call.OptionalProvider());
        return ToolOutcome.From(await criticalPower.FitAsync(call.Caller.Caller, request, cancellationToken).ConfigureAwait(false), Format);
    }

    private static (List<PowerEffort>? Power, List<DistanceEffort>? Distance) ReadEfforts(JsonElement? efforts)
    {
        if (efforts is not { } array)
        {
            return (null, null);
        }

        var count = array.GetArrayLength();
        if (count < 2)
        {
            throw new ToolArgumentException($"argument 'efforts' needs at least two efforts of different durations to fit critical power; {count} given");
        }

        if (count > MaxEfforts)
        {
            throw new ToolArgumentException($"argument 'efforts' takes at most {MaxEfforts} efforts");
        }

        var power = new List<PowerEffort>();
        var distance = new List<DistanceEffort>();
        var index = 0;
        foreach (var item in array.EnumerateArray())
        {
            var at = $"efforts[{index++}]";
            if (item.ValueKind != JsonValueKind.Object)
            {
                throw new ToolArgumentException($"{at} must be an object {{duration_s, power_w}} or {{duration_s, distance_m}}");
            }

            foreach (var property in item.EnumerateObject().Where(p => p.Name is not ("duration_s" or "power_w" or "distance_m")))
            {
                throw new ToolArgumentException($"{at} has unknown field '{property.Name}'; an effort takes duration_s and power_w or distance_m");
            }

            var seconds = Positive(item, "duration_s", at, MaxDurationSeconds) ?? throw new ToolArgumentException($"{at}.duration_s is required");
            var watts = Positive(item, "power_w", at, 3000);
            var meters = Positive(item, "distance_m", at, 200_000);
            switch (watts, meters)
            {
                case ({ } w, null):
                    power.Add(new PowerEffort(seconds, w));
                    break;
                case (null, { } m):
                    distance.Add(new DistanceEffort(seconds, m));
                    break;
                default:
                    throw new ToolArgumentException($"{at} must have exactly one of power_w or distance_m");
            }
        }

        if (power.Count > 0 && distance.Count > 0)
        {
            throw new ToolArgumentException("argument 'efforts' mixes power and distance efforts; give all {duration_s, power_w} or all {duration_s, distance_m}");
        }

        return power.Count > 0 ? (power, null) : (null, distance);
    }

    private static double? Positive(JsonElement item, string name, string at, double max)
    {
        if (!item.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out var number) && double.IsFinite(number) && number > 0 && number <= max
            ? number
            : throw new ToolArgumentException($"{at}.{name} must be a number above 0 and at most {max:0}");
    }

    private static ToolOutcome Format(CriticalPowerResult r)
    {
        var sport = r.Sport.ToString().ToLowerInvariant();
        var efforts = r.Efforts.Select(e => new
        {
            duration_s = Math.Round(e.DurationSeconds, 1),
            power_w = e.PowerWatts is { } w ? Math.Round(w, 1) : (double?)null,
            distance_m = e.DistanceMeters is { } m ? Math.Round(m, 1) : (double?)null,
            label = e.Label,
        }).ToList();
        var body = new
        {
            sport,
            critical_power_w = Round(r.CriticalPowerWatts, 1),
            w_prime_j = Round(r.WPrimeJoules, 0),
            critical_speed_m_s = Round(r.CriticalSpeedMetersPerSecond, 3),
            d_prime_m = Round(r.DPrimeMeters, 1),
            css_s_per_100m = Round(r.CssSecondsPer100Meters, 1),
            r_squared = Math.Round(r.RSquared, 4),
            efforts,
            model = CriticalPowerService.Model,
            method = r.Method,
            source = r.Source,
            partial_data = r.PartialData,
        };
        var from = r.Source == "input" ? "the given efforts" : $"the best efforts of the last {CriticalPowerService.WindowDays} days on {r.Source}";
        var partial = r.PartialData ? " (some activities' bests are not computed yet: partial data)" : "";
        var text = r.CriticalPowerWatts is { } cp
            ? $"Critical power {cp:0.0} W, W′ {r.WPrimeJoules / 1000:0.0} kJ (r² {r.RSquared:0.000}), from {r.Efforts.Count} efforts: {from}{partial}."
            : $"Critical speed {r.CriticalSpeedMetersPerSecond:0.000} m/s ({1000 / r.CriticalSpeedMetersPerSecond:0} s/km), D′ {r.DPrimeMeters:0} m"
              + (r.CssSecondsPer100Meters is { } css ? $", CSS {css:0.0} s per 100 m" : "")
              + $" (r² {r.RSquared:0.000}), from {r.Efforts.Count} efforts: {from}{partial}.";
        return ToolOutcome.Success(body, text);
    }

    private static double? Round(double? value, int digits) => value is { } v ? Math.Round(v, digits) : null;
}
