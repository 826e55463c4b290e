using Pierre.Fitness.Model;
using Pierre.Fitness.Nutrition;

namespace Pierre.Fitness.Tests.Nutrition;

public sealed class EnergyExpenditureTests
{
    [Theory]
    // 70 kg, 175 cm, 30 y: 700 + 1093.75 − 150 = 1643.75, then +5 / −161. The male case is CalculatorLib's published
    // worked example ("Mifflin-St Jeor BMR Calculator", https://calculatorlib.com/basal-energy-expenditure-mifflin-calculator):
    // "a 30-year-old man weighing 70 kg and standing 175 cm tall: ... = 700 + 1093.75 - 150 + 5 = 1648.75 calories/day".
    [InlineData(Sex.Male, 1648.75)]
    [InlineData(Sex.Female, 1482.75)]
    public void MifflinStJeor_WorkedExample(Sex sex, double expected)
    {
        Assert.Equal(expected, EnergyExpenditure.RestingKcal(70, 175, 30, sex)!.Value, 1e-9);
    }

    [Fact]
    public void DailyKcal_ScalesRestingEnergyByTheActivityFactor()
    {
        Assert.Equal(1648.75 * 1.55, EnergyExpenditure.DailyKcal(1648.75, 1.55)!.Value, 1e-9);
        Assert.Null(EnergyExpenditure.DailyKcal(1648.75, 3));
        Assert.Null(EnergyExpenditure.RestingKcal(70, 175, 5, Sex.Male));
    }
}
