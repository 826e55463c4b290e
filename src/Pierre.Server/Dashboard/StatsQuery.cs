using System.Globalization;
using Pierre.Server.Errors;

namespace Pierre.Server.Dashboard;

internal enum StatsGroup
{
    Day,
    Tool,
}

/// <summary>Whose rows the stats count: the caller's, their tenant's (admins), or every tenant's (super-admins).</summary>
internal enum StatsScope
{
    Me,
    Tenant,
    All,
}

/// <summary>The parameters of <c>GET /api/dashboard/stats</c>, checked.</summary>
internal sealed record StatsQuery(int Days, StatsGroup Group, StatsScope Scope)
{
    public const int DefaultDays = 7;
    public const int MaxDays = 90;

    public static Result<StatsQuery> Parse(string? days, string? group, string? scope)
    {
        var parsedDays = DefaultDays;
        if (days is not null && (!int.TryParse(days, NumberStyles.None, CultureInfo.InvariantCulture, out parsedDays) || parsedDays is < 1 or > MaxDays))
        {
            return Refusal.Invalid($"days must be a whole number from 1 to {MaxDays}");
        }

        StatsGroup? parsedGroup = group switch
        {
            null or "day" => StatsGroup.Day,
            "tool" => StatsGroup.Tool,
            _ => null,
        };
        if (parsedGroup is null)
        {
            return Refusal.Invalid("group must be day or tool");
        }

        StatsScope? parsedScope = scope switch
        {
            null or "me" => StatsScope.Me,
            "tenant" => StatsScope.Tenant,
            "all" => StatsScope.All,
            _ => null,
        };
        return parsedScope is null
            ? Refusal.Invalid("scope must be me, tenant or all")
            : new StatsQuery(parsedDays, parsedGroup.Value, parsedScope.Value);
    }

    public string GroupName => Group == StatsGroup.Tool ? "tool" : "day";

    public string ScopeName => Scope switch
    {
        StatsScope.Tenant => "tenant",
        StatsScope.All => "all",
        _ => "me",
    };
}
