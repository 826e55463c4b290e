using Pierre.Fitness.Model;
using Pierre.Fitness.Nutrition;
using Pierre.Server.Analysis;

namespace Pierre.Server.Mcp.Tools;

internal sealed class CalculateDailyNutritionTool(NutritionService nutrition) : IMcpTool
{
    public static readonly ToolDescriptor Definition = new(
        "calculate_daily_nutrition",
        "Daily energy and macros",
        "Daily energy (Mifflin–St Jeor × activity factor; −15 % for weight_loss, +10 % for muscle_gain) and carbohydrate, protein and fat ranges "
        + "after Thomas, Erdman & Burke 2016 (ACSM/AND/DC: carbohydrate g/kg by the day's training load, read from activity_factor; protein 1.2–2.0 g/kg; "
        + "fat 20–35 % of energy) and the ISSN stands (Jäger et al. 2017: protein 1.4–2.0 g/kg for muscle gain; Aragon et al. 2017: 1.6–2.0 g/kg in a deficit). "
        + "Each range holds only amounts that fit the energy with the other two in range, and the day's targets add up to the energy at 4/4/9 kcal per gram; "
        + "within_bands is false when the energy cannot reach every band at once (then protein and fat sit at their floors or ceilings and carbohydrate takes the rest). "
        + "Weight, height, age and sex default to the user's configuration and connected athlete.",
        """
        {"type":"object","properties":{
          "weight_kg":{"type":"number","minimum":25,"maximum":300},"height_cm":{"type":"number","minimum":100,"maximum":250},
          "age":{"type":"integer","minimum":10,"maximum":110},"sex":{"type":"string","enum":["female","male","unspecified"]},
          "activity_factor":{"type":"number","minimum":1.2,"maximum":1.9,"default":1.55,"description":"1.2 sedentary, 1.375 light, 1.55 moderate, 1.725 hard, 1.9 very hard training"},
          "goal":{"type":"string","enum":["maintenance","endurance","weight_loss","muscle_gain"],"default":"maintenance"}},
         "additionalProperties":false}
        """,
        """
        {"type":"object","properties":{"resting_kcal":{"type":"number"},"activity_factor":{"type":"number"},"energy_kcal":{"type":"number"},"goal":{"type":"string"},
          "training_load":{"type":"string","enum":["light","moderate","high","very_high"]},
          "carbohydrate_g":{"$ref":"#/$defs/range"},"protein_g":{"$ref":"#/$defs/range"},"fat_g":{"$ref":"#/$defs/range"},
          "carbohydrate_band_g_per_kg":{"$ref":"#/$defs/band"},"protein_band_g_per_kg":{"$ref":"#/$defs/band"},"fat_band_pct_energy":{"$ref":"#/$defs/band"},
          "targets_kcal":{"type":"number","description":"4 × carbohydrate + 4 × protein + 9 × fat of the targets; the energy target up to gram rounding"},
          "within_bands":{"type":"boolean"},"note":{"type":"string"},"method":{"type":"string"}},
         "required":["resting_kcal","activity_factor","energy_kcal","goal","training_load","carbohydrate_g","protein_g","fat_g","targets_kcal","within_bands","method"],
         "$defs":{"range":{"type":"object","properties":{"low":{"type":"number"},"high":{"type":"number"},"target":{"type":"number"}},"required":["low","high","target"]},
           "band":{"type":"object","properties":{"low":{"type":"number"},"high":{"type":"number"}},"required":["low","high"]}}}
        """,
        ReadOnly: true, Destructive: false, Idempotent: true, OpenWorld: false, Group: ToolGroup.Nutrition);

    public ToolDescriptor Descriptor => Definition;

    public async Task<ToolOutcome> InvokeAsync(ToolInvocation call, CancellationToken cancellationToken)
    {
        call.RejectUnknown(["weight_kg", "height_cm", "age", "sex", "activity_factor", "goal"]);
        var request = new NutritionRequest(
            call.OptionalNumber("weight_kg", 25, 300),
            call.OptionalNumber("height_cm", 100, 250),
            call.Has("age") ? call.Int("age", 0, 10, 110) : null,
            call.OptionalString("sex", 16)?.ToLowerInvariant() switch
            {
                null => null,
                "female" => Sex.Female,
                "male" => Sex.Male,
                "unspecified" => Sex.Unspecified,
                _ => throw new ToolArgumentException("argument 'sex' must be female, male or unspecified"),
            },
            call.OptionalNumber("activity_factor", 1.2, 1.9),
            call.OptionalString("goal", 16)?.ToLowerInvariant());
        return ToolOutcome.From(await nutrition.DailyAsync(call.Caller.Caller, request, cancellationToken).ConfigureAwait(false), View);
    }

    private static ToolOutcome View(NutritionPlan n)
    {
        var plan = n.Daily;
        var load = plan.Load switch
        {
            DailyTrainingLoad.Moderate => "moderate",
            DailyTrainingLoad.High => "high",
            DailyTrainingLoad.VeryHigh => "very_high",
            _ => "light",
        };
        var note = plan.WithinBands
            ? null
            : plan.CarbohydrateG.Target < plan.CarbohydrateBandGPerKg.Low * n.WeightKg
                ? $"{plan.EnergyKcal:0} kcal cannot cover the {load} load's carbohydrate floor ({plan.CarbohydrateBandGPerKg.Low:0.#} g/kg) with protein and fat at their floors: carbohydrate is what is left; raise activity_factor if the day's training is harder, or expect to under-fuel it."
                : $"{plan.EnergyKcal:0} kcal is more than the {load} load's carbohydrate ceiling ({plan.CarbohydrateBandGPerKg.High:0.#} g/kg) with protein and fat at their ceilings: carbohydrate is what is left; lower activity_factor if the day's training is lighter.";
        return ToolOutcome.Success(
            new
            {
                resting_kcal = Math.Round(n.RestingKcal),
                activity_factor = n.ActivityFactor,
                energy_kcal = plan.EnergyKcal,
                goal = n.Goal,
                training_load = load,
                carbohydrate_g = Range(plan.CarbohydrateG),
                protein_g = Range(plan.ProteinG),
                fat_g = Range(plan.FatG),
                carbohydrate_band_g_per_kg = new { low = plan.CarbohydrateBandGPerKg.Low, high = plan.CarbohydrateBandGPerKg.High },
                protein_band_g_per_kg = new { low = plan.ProteinBandGPerKg.Low, high = plan.ProteinBandGPerKg.High },
                fat_band_pct_energy = new { low = MacroTargets.FatLowShare * 100, high = MacroTargets.FatHighShare * 100 },
                targets_kcal = plan.TargetsKcal,
                within_bands = plan.WithinBands,
                note,
                method = MacroTargets.Method,
            },
            $"{plan.EnergyKcal:0} kcal/day ({n.Goal}, {load.Replace('_', ' ')} training load): carbohydrate {plan.CarbohydrateG.Target:0} g ({plan.CarbohydrateG.Low:0}–{plan.CarbohydrateG.High:0}), "
            + $"protein {plan.ProteinG.Target:0} g ({plan.ProteinG.Low:0}–{plan.ProteinG.High:0}), fat {plan.FatG.Target:0} g ({plan.FatG.Low:0}–{plan.FatG.High:0}); targets {plan.TargetsKcal:0} kcal."
            + (note is null ? string.Empty : " " + note));
    }

    private static object Range(GramRange range) => new { low = range.Low, high = range.High, target = range.Target };
}
