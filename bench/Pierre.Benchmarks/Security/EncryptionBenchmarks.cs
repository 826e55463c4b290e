using System.Security.Cryptography;
using BenchmarkDotNet.Attributes;
using Pierre.Server.Security;

namespace Pierre.Benchmarks.Security;

/// <summary>Cost of sealing and opening one provider token (AES-256-GCM with AAD), paid on every provider call.</summary>
[MemoryDiagnoser]
public class EncryptionBenchmarks
{
    private static readonly EncryptionContext Context = new(Guid.NewGuid(), Guid.NewGuid(), "strava", "access_token");
    private readonly EncryptionService _service = new(RandomNumberGenerator.GetBytes(KeyStore.EncryptionKeyLength));
    private readonly string _token = Convert.ToHexString(RandomNumberGenerator.GetBytes(20));
    private string _sealed = string.Empty;

    [GlobalSetup]
    public void Setup() => _sealed = _service.Encrypt(_token, Context);

    [Benchmark]
    public string Encrypt() => _service.Encrypt(_token, Context);

    [Benchmark]
    public string Decrypt() => _service.Decrypt(_sealed, Context);
}
