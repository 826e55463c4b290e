using Pierre.Fitness.Model;
using Pierre.Fitness.Nutrition;

namespace Pierre.Fitness.Tests.Nutrition;

public sealed class MacroTargetsTests
{
    // The issue's example: 70 kg, 175 cm, 35 y, male, factor 1.55. Mifflin–St Jeor 10 × 70 + 6.25 × 175 − 5 × 35 + 5
    // = 1623.75 kcal; × 1.55 = 2516.8 → 2517 kcal. Before issue 14 the endurance floors alone (6 g/kg carbohydrate 1680 kcal
    // + 1.2 g/kg protein 336 kcal + 20 % fat 503.4 kcal = 2519.4 kcal) exceeded that energy.
    private static double IssueDailyKcal => EnergyExpenditure.DailyKcal(EnergyExpenditure.RestingKcal(70, 175, 35, Sex.Male)!.Value, 1.55)!.Value;

    [Fact]
    public void IssueExample_Maintenance_RangesFitTheEnergy_AndTargetsAddUp()
    {
        // Hand-computed (Thomas, Erdman & Burke 2016 bands; 4/4/9 kcal per g). E = 2517; factor 1.55 is the moderate load,
        // carbohydrate 5–7 g/kg = 1400–1960 kcal; protein 1.2–2.0 g/kg = 336–560 kcal; fat 20–35 % = 503.4–880.95 kcal.
        // Narrowed to amounts that fit E with the other two in range:
        //   carbohydrate ≤ 2517 − 336 − 503.4 = 1677.6 kcal → 350–419 g; protein ≤ 2517 − 1400 − 503.4 = 613.6 (band 560 stays) → 84–140 g;
        //   fat ≤ 2517 − 1400 − 336 = 781 kcal → 56–87 g.
        // Targets: protein mid-range 448 kcal = 112 g (1.6 g/kg); fat given that protein lies in
        //   [max(503.4, 2517 − 448 − 1960), min(781, 2517 − 448 − 1400)] = [503.4, 669], mid 586.2 kcal → 65 g;
        //   carbohydrate (2517 − 448 − 585) / 4 = 371 g. Check: 4 × 371 + 4 × 112 + 9 × 65 = 1484 + 448 + 585 = 2517 kcal.
        var plan = MacroTargets.For(IssueDailyKcal, 70, TrainingGoal.Maintenance, MacroTargets.LoadFromActivityFactor(1.55))!;

        Assert.Equal(2517, plan.EnergyKcal);
        Assert.Equal(DailyTrainingLoad.Moderate, plan.Load);
        Assert.Equal(new GramRange(350, 419, 371), plan.CarbohydrateG);
        Assert.Equal(new GramRange(84, 140, 112), plan.ProteinG);
        Assert.Equal(new GramRange(56, 87, 65), plan.FatG);
        Assert.Equal(2517, plan.TargetsKcal);
        Assert.True(plan.WithinBands);
        // The floors together fit under the energy: 4 × 350 + 4 × 84 + 9 × 56 = 2240 ≤ 2517.
        Assert.True((4 * plan.CarbohydrateG.Low) + (4 * plan.ProteinG.Low) + (9 * plan.FatG.Low) <= plan.EnergyKcal);
    }

    [Fact]
    public void IssueExample_Endurance_PutsFatAtItsFloor_AndCarbohydrateTakesTheRest()
    {
        // Hand-computed: same ranges as maintenance; fat at its floor 503.4 kcal → 56 g, protein 112 g,
        // carbohydrate (2517 − 448 − 504) / 4 = 391.25 → 391 g (5.6 g/kg); 4 × 391 + 448 + 504 = 2516 kcal (gram rounding).
        var plan = MacroTargets.For(IssueDailyKcal, 70, TrainingGoal.Endurance, DailyTrainingLoad.Moderate)!;

        Assert.Equal(new GramRange(350, 419, 391), plan.CarbohydrateG);
        Assert.Equal(112, plan.ProteinG.Target);
        Assert.Equal(56, plan.FatG.Target);
        Assert.Equal(2516, plan.TargetsKcal);
    }

    [Fact]
    public void WeightLoss_CutsEnergy_AndKeepsProteinInsideThePositionStands()
    {
        // Hand-computed: 2800 × 0.85 = 2380 kcal; protein 1.6–2.0 g/kg (the top of Thomas et al.'s 1.2–2.0 and Jäger et
        // al.'s 1.4–2.0, as both advise while energy is restricted) = 448–560 kcal, narrowed to ≤ 2380 − 1400 − 476 = 504 kcal
        // → 112–126 g, target 476 kcal = 119 g. Not 1.8–2.4 g/kg, which neither stand gives.
        var plan = MacroTargets.For(2800, 70, TrainingGoal.WeightLoss, DailyTrainingLoad.Moderate)!;

        Assert.Equal(2380, plan.EnergyKcal);
        Assert.Equal((1.6, 2.0), plan.ProteinBandGPerKg);
        Assert.Equal(new GramRange(112, 126, 119), plan.ProteinG);
        Assert.InRange(plan.TargetsKcal, 2380 - 10, 2380 + 10);
    }

    [Fact]
    public void EnergyBelowTheFloors_ProteinAndFatAtTheirFloors_CarbohydrateTheRest()
    {
        // Hand-computed: 1600 kcal for 70 kg on a very high load (8–12 g/kg = 2240 kcal of carbohydrate alone).
        // Fat 20 % = 320 kcal → 36 g; protein 1.2 g/kg = 84 g; carbohydrate (1600 − 336 − 324) / 4 = 235 g (3.4 g/kg).
        var plan = MacroTargets.For(1600, 70, TrainingGoal.Maintenance, DailyTrainingLoad.VeryHigh)!;

        Assert.False(plan.WithinBands);
        Assert.Equal(new GramRange(235, 235, 235), plan.CarbohydrateG);
        Assert.Equal(84, plan.ProteinG.Target);
        Assert.Equal(36, plan.FatG.Target);
        Assert.Equal(1600, plan.TargetsKcal);
    }

    [Fact]
    public void EnergyAboveTheCeilings_ProteinAndFatAtTheirCeilings_CarbohydrateTheRest()
    {
        // Hand-computed: 4000 kcal for 50 kg on a light load: ceilings 5 g/kg (1000 kcal) + 2.0 g/kg (400 kcal) + 35 % (1400 kcal)
        // = 2800 kcal. Fat 1400 kcal → 156 g, protein 100 g, carbohydrate (4000 − 400 − 1404) / 4 = 549 g.
        var plan = MacroTargets.For(4000, 50, TrainingGoal.Maintenance, DailyTrainingLoad.Light)!;

        Assert.False(plan.WithinBands);
        Assert.Equal(549, plan.CarbohydrateG.Target);
        Assert.Equal(100, plan.ProteinG.Target);
        Assert.Equal(156, plan.FatG.Target);
        Assert.Equal(4000, plan.TargetsKcal);
    }

    public static TheoryData<double, double, TrainingGoal, DailyTrainingLoad> Grid()
    {
        var data = new TheoryData<double, double, TrainingGoal, DailyTrainingLoad>();
        foreach (var kcal in new[] { 1400.0, 2000, 2517, 3200, 4500 })
        {
            foreach (var kg in new[] { 50.0, 70, 95 })
            {
                foreach (var goal in Enum.GetValues<TrainingGoal>())
                {
                    foreach (var load in Enum.GetValues<DailyTrainingLoad>())
                    {
                        data.Add(kcal, kg, goal, load);
                    }
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Grid))]
    public void Always_TargetsAddUpToTheEnergy_AndRangesHoldIt(double kcal, double kg, TrainingGoal goal, DailyTrainingLoad load)
    {
        var plan = MacroTargets.For(kcal, kg, goal, load)!;

        // Gram rounding moves each target by at most half a gram: |error| ≤ 4 × 0.5 + 9 × 0.5 + a carbohydrate gram clamped back into range.
        Assert.InRange(plan.TargetsKcal, plan.EnergyKcal - 10, plan.EnergyKcal + 10);
        foreach (var range in new[] { plan.CarbohydrateG, plan.ProteinG, plan.FatG })
        {
            Assert.InRange(range.Target, range.Low, range.High);
        }

        Assert.True((4 * plan.CarbohydrateG.Low) + (4 * plan.ProteinG.Low) + (9 * plan.FatG.Low) <= plan.EnergyKcal + 10);
        Assert.True((4 * plan.CarbohydrateG.High) + (4 * plan.ProteinG.High) + (9 * plan.FatG.High) >= plan.EnergyKcal - 10);
        if (plan.WithinBands)
        {
            Assert.InRange(plan.ProteinG.Low, (plan.ProteinBandGPerKg.Low * kg) - 0.5, plan.ProteinBandGPerKg.High * kg);
            Assert.InRange(plan.CarbohydrateG.High, plan.CarbohydrateBandGPerKg.Low * kg, (plan.CarbohydrateBandGPerKg.High * kg) + 0.5);
            Assert.InRange(plan.FatG.Target * 9, (0.20 * plan.EnergyKcal) - 5, (0.35 * plan.EnergyKcal) + 5);
        }
    }

    [Theory]
    [InlineData(1.2, DailyTrainingLoad.Light)]
    [InlineData(1.375, DailyTrainingLoad.Light)]
    [InlineData(1.55, DailyTrainingLoad.Moderate)]
    [InlineData(1.725, DailyTrainingLoad.High)]
    [InlineData(1.9, DailyTrainingLoad.VeryHigh)]
    public void LoadFromActivityFactor_MapsTheFactorsToThomasLoads(double factor, DailyTrainingLoad load) =>
        Assert.Equal(load, MacroTargets.LoadFromActivityFactor(factor));

    [Theory]
    [InlineData(500, 70)]
    [InlineData(2500, 10)]
    public void ImplausibleInputs_GiveNull(double kcal, double kg) => Assert.Null(MacroTargets.For(kcal, kg, TrainingGoal.Maintenance, DailyTrainingLoad.Light));
}
