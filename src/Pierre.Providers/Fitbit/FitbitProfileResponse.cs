namespace Pierre.Providers.Fitbit;

/// <summary><c>GET 1/user/-/profile.json</c>, metric because Pierre sends no <c>Accept-Language</c>.</summary>
internal sealed record FitbitProfileResponse(FitbitUser? User);

internal sealed record FitbitUser(
    string? EncodedId,
    string? FirstName,
    string? LastName,
    string? Gender,
    int? Age,
    double? Weight,
    double? Height,
    string? Timezone,
    long? OffsetFromUtcMillis);
