using Pierre.Fitness.Model;
using Pierre.Fitness.Nutrition;
using Pierre.Server.Auth;
using Pierre.Server.Errors;
using Pierre.Server.Intelligence;

namespace Pierre.Server.Analysis;

/// <summary>Daily energy and macros, from what the caller gives and otherwise what their configuration and athlete say.</summary>
internal sealed class NutritionService(AthleteProfiles profiles)
{
    public async Task<Result<NutritionPlan>> DailyAsync(Caller caller, NutritionRequest request, CancellationToken ct)
    {
        var known = await KnownAthleteAsync(caller, ct).ConfigureAwait(false);
        var weight = request.WeightKg ?? known.WeightKg;
        var height = request.HeightCm ?? known.HeightCm;
        var age = request.AgeYears ?? known.AgeYears;
        var sex = request.Sex ?? known.Sex;
        if (weight is null || height is null || age is null || sex is null)
        {
            var missing = new[] { ("weight_kg", weight is null), ("height_cm", height is null), ("age", age is null), ("sex", sex is null) }
                .Where(m => m.Item2).Select(m => m.Item1);
            return Refusal.Precondition(
                $"Missing {string.Join(", ", missing)}: give them as arguments, or store them once with update_user_configuration (age_years, sex, weight_kg, height_cm).");
        }

        var goalName = request.Goal ?? NutritionRequest.DefaultGoal;
        TrainingGoal? goal = goalName switch
        {
            "maintenance" => TrainingGoal.Maintenance,
            "endurance" => TrainingGoal.Endurance,
            "weight_loss" => TrainingGoal.WeightLoss,
            "muscle_gain" => TrainingGoal.MuscleGain,
            _ => null,
        };
        if (goal is null)
        {
            return Refusal.Invalid("argument 'goal' must be maintenance, endurance, weight_loss or muscle_gain");
        }

        var resting = EnergyExpenditure.RestingKcal(weight.Value, height.Value, age.Value, sex.Value)!.Value;
        var factor = request.ActivityFactor ?? NutritionRequest.DefaultActivityFactor;
        var daily = EnergyExpenditure.DailyKcal(resting, factor)!.Value;
        return new NutritionPlan(resting, goalName, factor, weight.Value, MacroTargets.For(daily, weight.Value, goal.Value, MacroTargets.LoadFromActivityFactor(factor))!);
    }

    /// <summary>What the user's configuration and connected athlete say, or the overrides alone when nothing is connected.</summary>
    private async Task<(double? WeightKg, double? HeightCm, int? AgeYears, Sex? Sex)> KnownAthleteAsync(Caller caller, CancellationToken ct)
    {
        if ((await profiles.ResolveAsync(caller, null, ct).ConfigureAwait(false)).Value?.Athlete is { } a)
        {
            return (a.WeightKg, a.HeightCm, a.AgeYears, a.Sex);
        }

        var o = (await profiles.LoadAsync(caller, ct).ConfigureAwait(false)).Overrides;
        return (o.WeightKg, o.HeightCm, o.AgeYears, o.Sex);
    }
}
