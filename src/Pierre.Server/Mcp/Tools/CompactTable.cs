using System.Globalization;
using System.Text;

namespace Pierre.Server.Mcp.Tools;

/// <summary>
/// The token-lean rendering of a list (the TOON tabular form): one header naming the fields once, then one
/// comma-separated row per item, instead of repeating every key in every JSON object.
/// </summary>
internal static class CompactTable
{
    public static string Render<T>(string name, IReadOnlyList<T> rows, params (string Field, Func<T, object?> Value)[] columns)
    {
        var text = new StringBuilder()
            .Append(name).Append('[').Append(rows.Count).Append("]{")
            .AppendJoin(',', columns.Select(c => c.Field))
            .Append("}:\n");
        foreach (var row in rows)
        {
            text.Append("  ").AppendJoin(',', columns.Select(c => Cell(c.Value(row)))).Append('\n');
        }

        return text.ToString();
    }

    private static string Cell(object? value) => value switch
    {
        null => string.Empty,
        double d => d.ToString("0.#", CultureInfo.InvariantCulture),
        DateTimeOffset t => t.UtcDateTime.ToString("yyyy-MM-ddTHH:mmZ", CultureInfo.InvariantCulture),
        string s when s.IndexOfAny([',', '"', '\n']) >= 0 => $"\"{s.Replace("\"", "\\\"", StringComparison.Ordinal)}\"",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty,
    };
}
