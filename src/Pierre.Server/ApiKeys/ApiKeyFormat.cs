using Pierre.Server.Data.Entities;
using Pierre.Server.Security;

namespace Pierre.Server.ApiKeys;

/// <summary><c>pk_live_</c> or <c>pk_trial_</c> followed by 32 random base62 characters.</summary>
internal static class ApiKeyFormat
{
    public const string LivePrefix = "pk_live_";
    public const string TrialPrefix = "pk_trial_";
    public const int RandomLength = 32;
    private const int DisplayRandomChars = 4;

    public static (string Key, string DisplayPrefix) New(ApiKeyTier tier)
    {
        var prefix = tier == ApiKeyTier.Trial ? TrialPrefix : LivePrefix;
        var key = prefix + SecretTokens.NewBase62(RandomLength);
        return (key, key[..(prefix.Length + DisplayRandomChars)]);
    }
}
