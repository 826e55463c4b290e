namespace Pierre.Server.Analysis;

/// <summary>Training patterns over the last <paramref name="Weeks"/> 7-day weeks, ending today.</summary>
internal sealed record PatternsRequest(int Weeks, string? Provider)
{
    public const int DefaultWeeks = 12;
    public const int MinWeeks = 4;
    public const int MaxWeeks = 52;
}
