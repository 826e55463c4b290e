namespace Pierre.Server.Tests.Infrastructure;

/// <summary>
/// Test classes that run <c>quickstart</c> from this build output: each run publishes the server's Release build from
/// the checkout (one obj/Release folder), so they run one at a time.
/// </summary>
public static class QuickstartPublish
{
    public const string Collection = "quickstart publishes a Release build";
}
