using Pierre.Fitness.Model;

namespace Pierre.Providers;

/// <summary>A provider that records sleep (<see cref="ProviderCapabilities.Sleep"/>), such as Fitbit.</summary>
public interface ISleepSource
{
    /// <summary>The sleep sessions that ended on days <paramref name="firstDay"/> to <paramref name="lastDay"/> (inclusive), newest first.</summary>
    Task<IReadOnlyList<SleepSession>> GetSleepAsync(ProviderAccount account, DateOnly firstDay, DateOnly lastDay, CancellationToken cancellationToken);
}
