namespace Pierre.Server.Tests.Infrastructure.FakeFitbit;

/// <summary>A user's profile in metric units (the fake converts to pounds and inches for <c>Accept-Language: en_US</c>, as Fitbit does).</summary>
public sealed record FakeFitbitProfile(
    string FirstName = "Ada",
    string LastName = "Lovelace",
    string Gender = "FEMALE",
    int Age = 36,
    double WeightKg = 58.5,
    double HeightCm = 168,
    string Timezone = "Europe/Paris",
    long OffsetFromUtcMillis = 3_600_000);
