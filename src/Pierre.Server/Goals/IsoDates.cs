using System.Globalization;

namespace Pierre.Server.Goals;

/// <summary>Dates as goals are written and read: ISO 8601, 2026-01-31.</summary>
internal static class IsoDates
{
    public static string Of(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
