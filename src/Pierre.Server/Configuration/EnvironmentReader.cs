using System.Globalization;
using System.Net;

namespace Pierre.Server.Configuration;

/// <summary>Typed reads of environment variables with their defaults; each failure names the variable.</summary>
internal sealed class EnvironmentReader(IConfiguration source)
{
    private string? Raw(EnvironmentVariable variable)
    {
        var value = source[variable.Name];
        return string.IsNullOrWhiteSpace(value) ? variable.Default : value.Trim();
    }

    public string? Optional(EnvironmentVariable variable) => Raw(variable);

    /// <summary>The value the environment sets, ignoring the default (for defaults computed from the data folder).</summary>
    public string? Explicit(EnvironmentVariable variable) =>
        string.IsNullOrWhiteSpace(source[variable.Name]) ? null : source[variable.Name]!.Trim();

    public string String(EnvironmentVariable variable) =>
        Raw(variable) ?? throw new ConfigurationException(variable.Name, "is required");

    public int Int(EnvironmentVariable variable, int min, int max) =>
        OptionalInt(variable, min, max) ?? throw new ConfigurationException(variable.Name, "is required");

    public int? OptionalInt(EnvironmentVariable variable, int min, int max)
    {
        var raw = Raw(variable);
        if (raw is null)
        {
            return null;
        }

        if (!int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            throw new ConfigurationException(variable.Name, $"'{raw}' is not a whole number");
        }

        return value < min || value > max
            ? throw new ConfigurationException(variable.Name, $"{value} is outside {min}..{max}")
            : value;
    }

    public bool Bool(EnvironmentVariable variable) => String(variable).ToUpperInvariant() switch
    {
        "TRUE" or "1" or "YES" => true,
        "FALSE" or "0" or "NO" => false,
        var raw => throw new ConfigurationException(variable.Name, $"'{raw}' is not true or false"),
    };

    public T Enum<T>(EnvironmentVariable variable)
        where T : struct, Enum
    {
        var raw = String(variable);
        return System.Enum.TryParse<T>(raw, ignoreCase: true, out var value) && System.Enum.IsDefined(value)
               && !int.TryParse(raw, CultureInfo.InvariantCulture, out _)
            ? value
            : throw new ConfigurationException(
                variable.Name, $"'{raw}' is not one of {string.Join(", ", System.Enum.GetNames<T>()).ToLowerInvariant()}");
    }

    public IReadOnlyList<string> List(EnvironmentVariable variable) =>
        (Raw(variable) ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public IPAddress IpAddress(EnvironmentVariable variable)
    {
        var raw = String(variable);
        if (raw.Equals("localhost", StringComparison.OrdinalIgnoreCase))
        {
            return IPAddress.Loopback;
        }

        return IPAddress.TryParse(raw, out var address)
            ? address
            : throw new ConfigurationException(variable.Name, $"'{raw}' is not an IP address");
    }

    public Uri HttpUrl(EnvironmentVariable variable, int port)
    {
        var raw = source[variable.Name];
        if (string.IsNullOrWhiteSpace(raw))
        {
            return new Uri($"http://localhost:{port.ToString(CultureInfo.InvariantCulture)}");
        }

        return Uri.TryCreate(raw.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? uri
            : throw new ConfigurationException(variable.Name, $"'{raw}' is not an absolute http:// or https:// URL");
    }

    /// <summary>An absolute http(s) URL, or the variable's default.</summary>
    public Uri Url(EnvironmentVariable variable)
    {
        var raw = String(variable);
        return Uri.TryCreate(raw, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? uri
            : throw new ConfigurationException(variable.Name, $"'{raw}' is not an absolute http:// or https:// URL");
    }
}
