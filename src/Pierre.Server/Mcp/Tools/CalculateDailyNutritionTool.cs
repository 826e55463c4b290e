using Pierre.Fitness.Model;
using Pierre.Server.Analysis;

namespace Pierre.Server.Mcp.Tools;

internal sealed class CalculateDailyNutritionTool(NutritionService nutrition) : IMcpTool
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
        return ToolOutcome.From(await nutrition.DailyAsync(call.Caller.Caller, request, cancellationToken).ConfigureAwait(false), n =>
        {
            var plan = n.Daily;
            return ToolOutcome.Success(
                new
                {
                    resting_kcal = Math.Round(n.RestingKcal),
                    energy_kcal = plan.EnergyKcal,
                    goal = n.Goal,
                    carbohydrate_g = plan.CarbohydrateG,
                    protein_g = plan.ProteinG,
                    fat_g = plan.FatG,
                },
                $"{plan.EnergyKcal:0} kcal/day ({n.Goal}): carbohydrate {plan.CarbohydrateG.Low:0}–{plan.CarbohydrateG.High:0} g, protein {plan.ProteinG.Low:0}–{plan.ProteinG.High:0} g, fat {plan.FatG.Low:0}–{plan.FatG.High:0} g.");
        });
    }
}
