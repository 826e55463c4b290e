using Pierre.Providers;

namespace Pierre.Server.Errors;

/// <summary>What a caller reads when a provider read fails: the provider's user-safe message, and for a lost grant what to do.</summary>
internal static class ProviderFailureMessage
{
    private const string Reconnect = "connect_provider";

    public static string Of(ProviderException failure)
    {
        var message = failure.Message;
        if (failure.Failure != ProviderFailure.Revoked || message.Contains(Reconnect, StringComparison.Ordinal))
        {
            return message;
        }

        var sentence = message.TrimEnd('.');
        return $"{sentence}; reconnect with {Reconnect}{(sentence.Length < message.Length ? "." : string.Empty)}";
    }
}
