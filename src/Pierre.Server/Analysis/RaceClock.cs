using System.Globalization;

namespace Pierre.Server.Analysis;

/// <summary>Finish times as runners write them: 19:57 or 3:10:49.</summary>
internal static class RaceClock
{
    public static string Format(double seconds) =>
        TimeSpan.FromSeconds(Math.Round(seconds)).ToString(seconds >= 3599.5 ? @"h\:mm\:ss" : @"m\:ss", CultureInfo.InvariantCulture);
}
