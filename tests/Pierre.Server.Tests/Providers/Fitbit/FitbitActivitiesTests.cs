using Pierre.Fitness.Model;
using Pierre.Providers.Fitbit;

namespace Pierre.Server.Tests.Providers.Fitbit;

public sealed class FitbitActivitiesTests
{
    [Theory]
    [InlineData("Run", Sport.Run)]
    [InlineData("Running", Sport.Run)]
    [InlineData("Treadmill", Sport.Run)]
    [InlineData("Bike", Sport.Ride)]
    [InlineData("Biking", Sport.Ride)]
    [InlineData("Outdoor Bike", Sport.Ride)]
    [InlineData("Spinning", Sport.Ride)]
    [InlineData("Swim", Sport.Swim)]
    [InlineData("Walk", Sport.Walk)]
    [InlineData("Hike", Sport.Hike)]
    [InlineData("Yoga", Sport.Other)]
    [InlineData("Weights", Sport.Other)]
    public void SportOf_FitbitName_PierreSport(string name, Sport sport) => Assert.Equal(sport, FitbitActivities.SportOf(name));

    [Theory]
    [InlineData(5.0, "Kilometer", 5000.0)]
    [InlineData(1.0, "Mile", 1609.344)]
    [InlineData(26.2188, "Mile", 42195.0)]
    [InlineData(null, null, 0.0)]
    [InlineData(0.0, "Kilometer", 0.0)]
    public void Meters_DistanceAndUnit_Meters(double? distance, string? unit, double meters) =>
        Assert.Equal(meters, FitbitActivities.Meters(distance, unit), 0);

    [Theory]
    [InlineData(20, 194)]
    [InlineData(40, 180)]
    [InlineData(60, 166)]
    public void MaxHeartRate_Age_Tanaka(int age, int maxHr) => Assert.Equal(maxHr, FitbitAthletes.MaxHeartRate(age));
}
