using Pierre.Fitness.Analysis;

namespace Pierre.Fitness.Tests.Analysis;

public sealed class VariabilityTests
{
    [Fact]
    public void CoefficientOfVariation_TextbookSample_IsTwoOverFive()
    {
        // 2, 4, 4, 4, 5, 5, 7, 9: mean 5, population standard deviation 2 → CV 0.4.
        Assert.Equal(0.4, Variability.CoefficientOfVariation([2, 4, 4, 4, 5, 5, 7, 9])!.Value, 1e-12);
    }

    [Fact]
    public void CoefficientOfVariation_IgnoresNaNAndInfinity()
    {
        Assert.Equal(0.4, Variability.CoefficientOfVariation([2, 4, double.NaN, 4, 4, 5, 5, double.PositiveInfinity, 7, 9])!.Value, 1e-12);
    }

    [Fact]
    public void CoefficientOfVariation_SteadyIsZero() => Assert.Equal(0, Variability.CoefficientOfVariation([3, 3, 3])!.Value, 1e-12);

    [Theory]
    [InlineData(new double[0])]
    [InlineData(new[] { 5.0 })]
    [InlineData(new[] { 0.0, 0.0, 0.0 })]
    [InlineData(new[] { double.NaN, double.NaN })]
    public void CoefficientOfVariation_TooFewOrZeroMean_IsNull(double[] samples) => Assert.Null(Variability.CoefficientOfVariation(samples));

    [Theory]
    [InlineData(250, 200, 1.25)]
    [InlineData(200, 200, 1.0)]
    public void VariabilityIndex_IsNormalizedOverAveragePower(double np, double average, double expected) =>
        Assert.Equal(expected, Variability.VariabilityIndex(np, average)!.Value, 1e-12);

    [Theory]
    [InlineData(0, 0)]
    [InlineData(250, 0)]
    [InlineData(double.NaN, 200)]
    public void VariabilityIndex_ZeroPower_IsNull(double np, double average) => Assert.Null(Variability.VariabilityIndex(np, average));
}
