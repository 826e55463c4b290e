using System.Security.Claims;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;
using Pierre.Server.Auth;
using Pierre.Server.Configuration;
using Pierre.Server.Mcp;
using Pierre.Server.Usage;

namespace Pierre.Benchmarks.Server;

/// <summary>
/// What every authenticated MCP request pays before its tool runs, on warm caches as a repeated call finds them: the
/// API key check, the tool gate, and the monthly quota with its usage row. Each request gets a DI scope (and so a
/// DbContext) in the server; so does each operation here.
/// </summary>
[MemoryDiagnoser]
public class HotPathBenchmarks
{
    private BenchmarkHost _host = null!;
    private McpCaller _caller = null!;
    private QuotaSubject _subject = null!;
    private QuotaTracker _quotas = null!;
    private readonly UsageRecorder _recorder = new();

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _host = await BenchmarkHost.StartAsync();
        ClaimsPrincipal keyPrincipal = (await CredentialCheck()) ?? throw new InvalidOperationException("the API key was refused");
        await using var scope = _host.Services.CreateAsyncScope();
        _caller = await scope.ServiceProvider.GetRequiredService<McpCallerResolver>().ResolveAsync(keyPrincipal, CancellationToken.None);
        _subject = QuotaSubject.Of(keyPrincipal, _host.Services.GetRequiredService<ServerConfig>().Tiers)!;
        _quotas = _host.Services.GetRequiredService<QuotaTracker>();
        await Gate();
        await QuotaAccounting();
    }

    [GlobalCleanup]
    public async Task CleanupAsync() => await _host.DisposeAsync();

    [Benchmark]
    public async Task<ClaimsPrincipal?> CredentialCheck()
    {
        await using var scope = _host.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<ApiKeyAuthenticator>().CheckAsync(_host.ApiKey, "bench", CancellationToken.None)).Principal;
    }

    [Benchmark]
    public async Task<int> Gate()
    {
        await using var scope = _host.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<ToolGate>().AllowedAsync(_caller, CancellationToken.None)).Count;
    }

    // The row is taken off the buffer at once, as the flush service would, so the buffer does not grow for the whole run.
    [Benchmark]
    public async Task<bool> QuotaAccounting()
    {
        var decision = await _quotas.TryConsumeAsync(_subject);
        _recorder.Record(new UsageRow(
            _subject.TenantId, _subject.UserId, _subject.ApiKeyId, "tool:get_activities", 200, 1, TimeProvider.System.GetUtcNow().UtcDateTime));
        return decision.Allowed && _recorder.TakeAll().Count == 1;
    }
}
