using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Pierre.Server.Errors;

/// <summary>Says what is wrong with a JSON body and where, without the serializer's internal type names.</summary>
internal static partial class JsonProblems
{
    public const string Prefix = "the request body is not valid JSON";

    public static string Describe(JsonException exception)
    {
        var reason = exception.Message.Split(" Path: ", 2)[0].Split(" LineNumber: ", 2)[0].TrimEnd();
        if (reason.Contains("could not be converted", StringComparison.Ordinal))
        {
            reason = "a value has the wrong type";
        }
        else if (QualifiedName().IsMatch(reason))
        {
            reason = "its content does not match what this endpoint takes";
        }

        var where = exception.LineNumber is { } line
            ? string.Create(CultureInfo.InvariantCulture, $" at {exception.Path ?? "$"} (line {line + 1}, byte {exception.BytePositionInLine + 1})")
            : string.Empty;
        return $"{Prefix}: {reason.TrimEnd('.')}{where}";
    }

    [GeneratedRegex(@"\w+\.\w+\.\w+")]
    private static partial Regex QualifiedName();
}
