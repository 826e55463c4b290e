namespace Pierre.Server.Mcp.Tools;

/// <summary>Rounding for tool output that also keeps NaN and infinities out of it: a non-finite value becomes null.</summary>
internal static class Numbers
{
    /// <summary>Rounded, with −0 (a tiny negative rounded away) written as 0.</summary>
    public static double? Round(double? value, int digits = 1) => value is { } v && double.IsFinite(v) ? Math.Round(v, digits) + 0.0 : null;
}
