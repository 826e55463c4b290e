using Pierre.Fitness.Model;
using Pierre.Fitness.Nutrition;
using Pierre.Server.Intelligence;

namespace Pierre.Server.Mcp.Tools;

internal sealed class CalculateDailyNutritionTool(AthleteProfiles profiles) : IMcpTool
{
    public static readonly ToolDescriptor Definition = new(
        "calculate_daily_nutrition",
        "Daily energy and macros",
        "Daily energy (Mifflin–St Jeor × activity factor) and carbohydrate, protein and fat ranges for a training goal (ACSM 2016, ISSN 2017). Weight, height, age and sex default to the user's configuration and connected athlete.",
        """
        {"type":"object","properties":{
          "weight_kg":{"type":"number","minimum":25,"maximum":300},"height_cm":{"type":"number","minimum":100,"maximum":250},
          "age":{"type":"integer","minimum":10,"maximum":110},"sex":{"type":"string","enum":["female","male","unspecified"]},
          "activity_factor":{"type":"number","minimum":1.2,"maximum":1.9,"default":1.55,"description":"1.2 sedentary, 1.375 light, 1.55 moderate, 1.725 hard, 1.9 very hard training"},
          "goal":{"type":"string","enum":["maintenance","endurance","weight_loss","muscle_gain"],"default":"maintenance"}},
         "additionalProperties":false}
        """,
        """
        {"type":"object","properties":{"resting_kcal":{"type":"number"},"energy_kcal":{"type":"number"},"goal":{"type":"string"},
          "carbohydrate_g":{"$ref":"#/$defs/range"},"protein_g":{"$ref":"#/$defs/range"},"fat_g":{"$ref":"#/$defs/range"}},
         "required":["resting_kcal","energy_kcal","goal","carbohydrate_g","protein_g","fat_g"],
         "$defs":{"range":{"type":"object","properties":{"low":{"type":"number"},"high":{"type":"number"}},"required":["low","high"]}}}
        """,
        ReadOnly: true, Destructive: false, Idempotent: true, OpenWorld: false);

    public ToolDescriptor Descriptor => Definition;

    public async Task<ToolOutcome> InvokeAsync(ToolInvocation call, CancellationToken cancellationToken)
    {
        call.RejectUnknown(["weight_kg", "height_cm", "age", "sex", "activity_factor", "goal"]);
        var givenWeight = call.OptionalNumber("weight_kg", 25, 300);
        var givenHeight = call.OptionalNumber("height_cm", 100, 250);
        var givenAge = call.Int("age", -1, 10, 110);
        var givenSex = call.OptionalString("sex", 16)?.ToLowerInvariant() switch
        {
            null => (Sex?)null,
            "female" => Sex.Female,
            "male" => Sex.Male,
            "unspecified" => Sex.Unspecified,
            _ => throw new ToolArgumentException("argument 'sex' must be female, male or unspecified"),
        };
        var known = await KnownAthleteAsync(call, cancellationToken).ConfigureAwait(false);
        var weight = givenWeight ?? known.WeightKg;
        var height = givenHeight ?? known.HeightCm;
        var age = givenAge >= 0 ? givenAge : known.AgeYears;
        var sex = givenSex ?? known.Sex;
        if (weight is null || height is null || age is null || sex is null)
        {
            var missing = new[] { ("weight_kg", weight is null), ("height_cm", height is null), ("age", age is null), ("sex", sex is null) }
                .Where(m => m.Item2).Select(m => m.Item1);
            return ToolOutcome.Error($"Missing {string.Join(", ", missing)}: give them as arguments, or store them once with update_user_configuration (age_years, sex, weight_kg, height_cm).");
        }
        var factor = call.OptionalNumber("activity_factor", 1.2, 1.9) ?? 1.55;
        var goalName = call.OptionalString("goal", 16)?.ToLowerInvariant() ?? "maintenance";
        var goal = goalName switch
        {
            "maintenance" => TrainingGoal.Maintenance,
            "endurance" => TrainingGoal.Endurance,
            "weight_loss" => TrainingGoal.WeightLoss,
            "muscle_gain" => TrainingGoal.MuscleGain,
            _ => throw new ToolArgumentException("argument 'goal' must be maintenance, endurance, weight_loss or muscle_gain"),
        };

        var resting = EnergyExpenditure.RestingKcal(weight.Value, height.Value, age.Value, sex.Value)!.Value;
        var plan = MacroTargets.For(EnergyExpenditure.DailyKcal(resting, factor)!.Value, weight.Value, goal)!;
        return ToolOutcome.Success(
            new
            {
                resting_kcal = Math.Round(resting),
                energy_kcal = plan.EnergyKcal,
                goal = goalName,
                carbohydrate_g = plan.CarbohydrateG,
                protein_g = plan.ProteinG,
                fat_g = plan.FatG,
            },
            $"{plan.EnergyKcal:0} kcal/day ({goalName}): carbohydrate {plan.CarbohydrateG.Low:0}–{plan.CarbohydrateG.High:0} g, protein {plan.ProteinG.Low:0}–{plan.ProteinG.High:0} g, fat {plan.FatG.Low:0}–{plan.FatG.High:0} g.");
    }

    /// <summary>What the user's configuration and connected athlete say, or the overrides alone when nothing is connected.</summary>
    private async Task<(double? WeightKg, double? HeightCm, int? AgeYears, Sex? Sex)> KnownAthleteAsync(ToolInvocation call, CancellationToken ct)
    {
        var (context, _) = await profiles.ResolveAsync(call, ct).ConfigureAwait(false);
        if (context?.Athlete is { } a)
        {
            return (a.WeightKg, a.HeightCm, a.AgeYears, a.Sex);
        }

        var o = (await profiles.LoadAsync(call.Caller, ct).ConfigureAwait(false)).Overrides;
        return (o.WeightKg, o.HeightCm, o.AgeYears, o.Sex);
    }
}
