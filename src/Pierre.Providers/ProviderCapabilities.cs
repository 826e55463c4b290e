namespace Pierre.Providers;

/// <summary>What a provider's data can include, so analyses can say what is missing instead of guessing.</summary>
[Flags]
public enum ProviderCapabilities
{
    None = 0,
    Streams = 1,
    HeartRate = 2,
    Power = 4,
    Sleep = 8,
}
