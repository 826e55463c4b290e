namespace Pierre.Server.Configuration;

/// <summary>A configuration value that cannot be used; the message names the variable and the problem.</summary>
internal sealed class ConfigurationException(string variable, string problem)
    : Exception($"{variable}: {problem}")
{
    public string Variable { get; } = variable;
}
