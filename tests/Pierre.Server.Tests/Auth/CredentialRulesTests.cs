using Pierre.Server.Auth;

namespace Pierre.Server.Tests.Auth;

public sealed class CredentialRulesTests
{
    [Theory]
    [InlineData(" Ann@Example.COM ", "ann@example.com")]
    [InlineData("\uFF41\uFF4E\uFF4E@example.com", "ann@example.com")]
    [InlineData("ann@ex\uFF41mple.com", "ann@example.com")]
    public void NormalizeEmail_FoldsCaseWidthAndSpace(string email, string expected) =>
        Assert.Equal(expected, CredentialRules.NormalizeEmail(email));

    [Theory]
    [InlineData("ann\u200B@example.com")]
    [InlineData("ann\u200C@example.com")]
    [InlineData("ann\u200D@example.com")]
    [InlineData("ann\u2060@example.com")]
    [InlineData("\uFEFFann@example.com")]
    [InlineData("ann\u202E@example.com")]
    [InlineData("ann\u202A@example.com")]
    [InlineData("ann\u2066@example.com")]
    [InlineData("ann\u2069@example.com")]
    [InlineData("ann\u200E@example.com")]
    [InlineData("ann\u200F@example.com")]
    [InlineData("ann\u061C@example.com")]
    [InlineData("ann\u0007@example.com")]
    [InlineData("ann\u001B@example.com")]
    [InlineData("ann\u0085@example.com")]
    [InlineData("\uFB01nn@example.com")]
    [InlineData("ann@exampl\u0435.com")]
    [InlineData("ann\uD800@example.com")]
    public void NormalizeEmail_WithInvisibleOrControlCharacters_IsRefused(string email) =>
        Assert.Null(CredentialRules.NormalizeEmail(email));
}
