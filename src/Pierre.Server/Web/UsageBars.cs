using System.Globalization;
using Pierre.Server.Dashboard;

namespace Pierre.Server.Web;

/// <summary>The geometry of the dashboard's bar chart (requests per day, errors over them), drawn as SVG on the server.</summary>
internal sealed class UsageBars(IReadOnlyList<StatsPoint> series)
{
    public const double Width = 560;
    public const double Height = 160;
    private const double Base = Height - 4;
    private const double Gap = 4;

    public IReadOnlyList<Bar> Bars { get; } = Layout(series);

    public string Summary { get; } = series.Count == 0
        ? "No requests yet."
        : $"{series.Sum(p => p.Requests)} requests and {series.Sum(p => p.Errors)} errors over the last {series.Count} days; "
          + $"the busiest day had {series.Max(p => p.Requests)}.";

    public static string F(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    private static List<Bar> Layout(IReadOnlyList<StatsPoint> series)
    {
        var max = series.Count == 0 ? 0 : series.Max(p => p.Requests);
        var slot = series.Count == 0 ? Width : Width / series.Count;
        double Scale(int value) => max == 0 ? 0 : value * (Base - 8) / max;
        return [.. series.Select((p, i) => new Bar(
            p.Key, p.Requests, p.Errors, F((i * slot) + (Gap / 2)), F(slot - Gap), F(Base - Scale(p.Requests)), F(Scale(p.Requests)),
            F(Base - Scale(p.Errors)), F(Scale(p.Errors))))];
    }

    public sealed record Bar(string Day, int Requests, int Errors, string X, string Width, string Y, string Height, string ErrorY, string ErrorHeight);
}
