using Pierre.Providers;
using Pierre.Server.Errors;

namespace Pierre.Server.Tests.Errors;

public sealed class ProviderFailureMessageTests
{
    [Theory]
    [InlineData(ProviderFailure.Revoked, "Strava access was revoked.", "Strava access was revoked; reconnect with connect_provider.")]
    [InlineData(ProviderFailure.Revoked, "Strava access was revoked", "Strava access was revoked; reconnect with connect_provider")]
    [InlineData(ProviderFailure.Revoked, "Fitbit access ended; reconnect with connect_provider.", "Fitbit access ended; reconnect with connect_provider.")]
    [InlineData(ProviderFailure.Unavailable, "Strava is not answering.", "Strava is not answering.")]
    [InlineData(ProviderFailure.Unauthorized, "Strava refused the access token.", "Strava refused the access token.")]
    public void Of_SaysWhatTheProviderSaid_AndForALostGrantHowToReconnect(ProviderFailure failure, string message, string expected) =>
        Assert.Equal(expected, ProviderFailureMessage.Of(new ProviderException("strava", failure, message)));
}
