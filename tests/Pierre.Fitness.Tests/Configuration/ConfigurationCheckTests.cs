using Pierre.Fitness.Configuration;
using Pierre.Fitness.Model;
using Pierre.Fitness.Zones;

namespace Pierre.Fitness.Tests.Configuration;

public sealed class ConfigurationCheckTests
{
    private static readonly Athlete Baseline = new("a", "Ann", "Lee", Sex.Female, 40, 60, 50, 180, 220, 300);

    [Fact]
    public void Of_NoOverrides_IsValidWithoutWarnings()
    {
        var check = ConfigurationCheck.Of(PhysiologyOverrides.None, Baseline);

        Assert.True(check.IsValid);
        Assert.Empty(check.Warnings);
    }

    [Theory]
    [InlineData(9, null, null, "age_years")]
    [InlineData(null, 20, null, "resting_heart_rate")]
    [InlineData(null, null, 250, "max_heart_rate")]
    public void Of_ValueOutsideItsBounds_IsRefusedNamingTheSetting(int? age, int? resting, int? max, string setting)
    {
        var check = ConfigurationCheck.Of(new PhysiologyOverrides(AgeYears: age, RestingHeartRate: resting, MaxHeartRate: max), Baseline);

        Assert.False(check.IsValid);
        Assert.Contains(check.Errors, e => e.StartsWith(setting, StringComparison.Ordinal));
    }

    [Fact]
    public void Of_RestingAboveTheProvidersMaximum_IsRefused()
    {
        var check = ConfigurationCheck.Of(new PhysiologyOverrides(RestingHeartRate: 100, MaxHeartRate: 110), Baseline);

        Assert.Contains("at least 20 bpm below maximum", Assert.Single(check.Errors), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(85)]
    [InlineData(180)]
    [InlineData(190)]
    public void Of_ThresholdNotBetweenRestingAndMaximum_IsRefused(int lthr)
    {
        var check = ConfigurationCheck.Of(new PhysiologyOverrides(CyclingLthrBpm: lthr), Baseline with { RestingHeartRate = 90 });

        Assert.False(check.IsValid);
        Assert.Contains("lactate threshold heart rate", check.Errors[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Of_ThresholdAtAnUnusualShareOfMaximum_OnlyWarns()
    {
        // 130 / 180 = 72 %, below Friel's usual 80–95 % band but still between rest and maximum.
        var check = ConfigurationCheck.Of(new PhysiologyOverrides(CyclingLthrBpm: 130), Baseline);

        Assert.True(check.IsValid);
        Assert.Contains("72 %", Assert.Single(check.Warnings), StringComparison.Ordinal);
    }

    [Fact]
    public void Of_ImplausiblePowerToWeight_Warns()
    {
        // 420 W / 60 kg = 7.0 W/kg.
        var check = ConfigurationCheck.Of(new PhysiologyOverrides(CyclingFtpWatts: 420), Baseline);

        Assert.True(check.IsValid);
        Assert.Contains("7.0 W/kg", Assert.Single(check.Warnings), StringComparison.Ordinal);
    }

    [Fact]
    public void Of_WithoutABaseline_ChecksTheOverridesAgainstEachOther()
    {
        Assert.True(ConfigurationCheck.Of(new PhysiologyOverrides(RestingHeartRate: 55, MaxHeartRate: 185, CyclingLthrBpm: 165), null).IsValid);
        Assert.False(ConfigurationCheck.Of(new PhysiologyOverrides(MaxHeartRate: 160, CyclingLthrBpm: 170), null).IsValid);
    }

    [Fact]
    public void ApplyTo_MeasuredMaximumWinsOverFormula_FormulaUsesTheOverriddenAge()
    {
        var byFormula = new PhysiologyOverrides(AgeYears: 50, MaxHeartRateFormula: MaxHeartRateFormula.Fox).ApplyTo(Baseline);
        var measured = new PhysiologyOverrides(MaxHeartRate: 175, MaxHeartRateFormula: MaxHeartRateFormula.Fox).ApplyTo(Baseline);

        Assert.Equal(170, byFormula.MaxHeartRate);
        Assert.Equal(175, measured.MaxHeartRate);
        Assert.Equal(Baseline.RestingHeartRate, measured.RestingHeartRate);
    }

    [Fact]
    public void Profiles_AreOrderedFromCautiousToAggressive()
    {
        var all = TrainingProfiles.All;

        Assert.Equal(["beginner", "recreational", "competitive", "elite"], all.Select(p => p.Name));
        Assert.Equal(all.Select(p => p.MaxWeeklyVolumeIncrease).Order(), all.Select(p => p.MaxWeeklyVolumeIncrease));
        Assert.Equal(all.Select(p => p.RiegelExponent).OrderDescending(), all.Select(p => p.RiegelExponent));
        Assert.All(all, p => Assert.InRange(p.MaxWeeklyVolumeIncrease, 0.01, 0.10));
        Assert.Same(TrainingProfiles.Competitive, TrainingProfiles.Find("COMPETITIVE"));
        Assert.Null(TrainingProfiles.Find("pro"));
    }
}
