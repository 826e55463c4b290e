namespace Pierre.Server.Mcp;

/// <summary>Close matches for a mistyped tool name, so the error can say "did you mean".</summary>
internal static class ToolNameSuggester
{
    public static IReadOnlyList<string> Suggest(string wanted, IEnumerable<string> names) =>
        [.. names
            .Select(n => (Name: n, Distance: Distance(wanted.ToLowerInvariant(), n)))
            .Where(x => x.Distance <= Math.Max(3, wanted.Length / 3) || x.Name.Contains(wanted, StringComparison.OrdinalIgnoreCase))
            .OrderBy(x => x.Distance)
            .Take(3)
            .Select(x => x.Name)];

    private static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            previous = current;
        }

        return previous[b.Length];
    }
}
