namespace Pierre.Fitness.Model;

/// <summary>The sports Pierre understands; providers map their own names onto these.</summary>
public enum Sport
{
    Other = 0,
    Run,
    Ride,
    Swim,
    Walk,
    Hike,
}
