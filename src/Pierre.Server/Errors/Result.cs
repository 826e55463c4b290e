using System.Diagnostics.CodeAnalysis;

namespace Pierre.Server.Errors;

/// <summary>A service's answer: a value, or the <see cref="Errors.Refusal"/> that says why there is none.</summary>
internal readonly record struct Result<T>
    where T : class
{
    private Result(T? value, Refusal? refusal)
    {
        Value = value;
        Refusal = refusal;
    }

    public T? Value { get; }

    public Refusal? Refusal { get; }

    public static implicit operator Result<T>(T value) => new(value, null);

    public static implicit operator Result<T>(Refusal refusal) => new(null, refusal);

    /// <summary>The value, or (when this returns false) the refusal, for a service that passes another's refusal on.</summary>
    public bool TryGetValue([NotNullWhen(true)] out T? value, [NotNullWhen(false)] out Refusal? refusal)
    {
        (value, refusal) = (Value, Refusal);
        return value is not null;
    }
}
