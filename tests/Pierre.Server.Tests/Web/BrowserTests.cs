namespace Pierre.Server.Tests.Web;

/// <summary>Browser tests run one at a time: each starts Chromium, and two at once on two cores only slow each other.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class BrowserTests
{
    public const string Name = "browser";
}
