using System.Security.Claims;
using Pierre.Server.Auth;
using Pierre.Server.Data.Entities;

namespace Pierre.Server.Tests.Auth;

public sealed class CallerTests
{
    private static readonly AccountState Account = new(UserStatus.Active, UserRole.Admin, Guid.NewGuid(), TenantPlan.Professional);

    [Fact]
    public void Of_AnApiKeysPrincipal_CarriesTheKeysTier_AndTheLiveAccountsRoleAndPlan()
    {
        var userId = Guid.NewGuid();
        var principal = ApiKeyAuthenticator.Principal(
            userId, Account, "test", AuthMethods.ApiKey, ApiKeyTier.Starter, new Claim(PierreClaims.ApiKeyId, Guid.NewGuid().ToString()));

        var caller = Caller.Of(userId, Account, principal);

        Assert.Equal(new Caller(Account.TenantId, userId, UserRole.Admin, TenantPlan.Professional, ApiKeyTier.Starter), caller);
    }

    [Fact]
    public void Of_ASignedInSession_HasNoKeyTier_ThoughItsPrincipalCarriesThePlansTier()
    {
        var userId = Guid.NewGuid();
        var principal = ApiKeyAuthenticator.Principal(userId, Account, "test", AuthMethods.Jwt, ApiKeyTier.Professional);

        Assert.Null(Caller.Of(userId, Account, principal).KeyTier);
    }
}
