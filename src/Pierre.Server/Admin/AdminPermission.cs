namespace Pierre.Server.Admin;

/// <summary>
/// What an <c>/admin</c> route needs: a permission name, or <see cref="Public"/> for the few routes that need no
/// credential. A route without this metadata is refused (fail closed).
/// </summary>
internal sealed record AdminPermission(string Name)
{
    public static readonly AdminPermission Public = new("public");
}
