using Pierre.Fitness.Nutrition;

namespace Pierre.Fitness.Tests.Nutrition;

public sealed class MacroTargetsTests
{
    [Fact]
    public void Endurance_For70Kg_FollowsThePerKilogramRanges()
    {
        var plan = MacroTargets.For(2800, 70, TrainingGoal.Endurance)!;

        Assert.Equal(2800, plan.EnergyKcal);
        Assert.Equal(new GramRange(420, 700), plan.CarbohydrateG);   // 6–10 g/kg
        Assert.Equal(new GramRange(84, 140), plan.ProteinG);         // 1.2–2.0 g/kg
        Assert.Equal(new GramRange(62, 109), plan.FatG);             // 20–35 % of 2800 kcal at 9 kcal/g
    }

    [Fact]
    public void WeightLoss_CutsEnergyAndRaisesProtein()
    {
        var plan = MacroTargets.For(2800, 70, TrainingGoal.WeightLoss)!;

        Assert.Equal(2380, plan.EnergyKcal);
        Assert.Equal(new GramRange(126, 168), plan.ProteinG);
    }

    [Theory]
    [InlineData(500, 70)]
    [InlineData(2500, 10)]
    public void ImplausibleInputs_GiveNull(double kcal, double kg) => Assert.Null(MacroTargets.For(kcal, kg, TrainingGoal.Maintenance));
}
