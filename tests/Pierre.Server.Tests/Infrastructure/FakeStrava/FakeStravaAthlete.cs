namespace Pierre.Server.Tests.Infrastructure.FakeStrava;

/// <summary>The athlete the fake serves at <c>GET athlete</c> and returns with a code exchange.</summary>
public sealed record FakeStravaAthlete(long Id = 4242, string Firstname = "Ada", string Lastname = "Lovelace", string? Sex = "F", double? Weight = 61.5, int? Ftp = 230);
