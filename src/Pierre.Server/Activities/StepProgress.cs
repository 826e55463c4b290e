namespace Pierre.Server.Activities;

/// <summary>Reports step <paramref name="step"/> of <paramref name="steps"/> of a long request; each front end shows it its own way, or not at all.</summary>
internal delegate Task StepProgress(int step, int steps, string message, CancellationToken ct);
