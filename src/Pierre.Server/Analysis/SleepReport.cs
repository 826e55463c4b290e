using Pierre.Fitness.Recovery;

namespace Pierre.Server.Analysis;

/// <summary>A night's sleep scored, and where it came from: <see cref="Input"/> or the provider that recorded it (with the day it ended).</summary>
internal sealed record SleepReport(string Source, DateOnly? Date, SleepAssessment Night)
{
    public const string Input = "input";
}
