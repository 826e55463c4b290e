using System.Globalization;
using Pierre.Providers;

namespace Pierre.Server.Connections;

/// <summary>
/// Cache keys and tags for provider reads. Every key starts with the tenant, the user and the provider, so one
/// user's data is never served to another, and the tag lets a disconnect drop everything read for that account.
/// </summary>
internal static class ProviderCacheKeys
{
    public static string Tag(string provider, ProviderAccount account) =>
        $"provider:{account.TenantId:N}:{account.UserId:N}:{provider}";

    public static string Athlete(string provider, ProviderAccount account) => $"{Tag(provider, account)}:athlete";

    public static string Activities(string provider, ProviderAccount account) => $"{Tag(provider, account)}:activities";

    /// <summary>The whole history kept for <see cref="ProviderCacheOptions.History"/>, apart from the 15-minute full read.</summary>
    public static string History(string provider, ProviderAccount account) => $"{Tag(provider, account)}:history";

    /// <summary>The activities that started after midnight UTC of <paramref name="firstDay"/>.</summary>
    public static string Window(string provider, ProviderAccount account, DateOnly firstDay) =>
        $"{Tag(provider, account)}:window:{firstDay.ToString("yyyyMMdd", CultureInfo.InvariantCulture)}";

    /// <summary>The first day of the widest window read for the account, so a narrower window can be served from it.</summary>
    public static string WidestWindow(string provider, ProviderAccount account) => $"{Tag(provider, account)}:window:widest";

    /// <summary>The sleep sessions that ended on <paramref name="firstDay"/> to <paramref name="lastDay"/>.</summary>
    public static string Sleep(string provider, ProviderAccount account, DateOnly firstDay, DateOnly lastDay) =>
        $"{Tag(provider, account)}:sleep:{firstDay.ToString("yyyyMMdd", CultureInfo.InvariantCulture)}-{lastDay.ToString("yyyyMMdd", CultureInfo.InvariantCulture)}";

    public static string Activity(string provider, ProviderAccount account, string activityId) =>
        $"{Tag(provider, account)}:activity:{activityId}";

    public static string Streams(string provider, ProviderAccount account, string activityId) =>
        $"{Tag(provider, account)}:streams:{activityId}";
}
