using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using Pierre.Server.Auth;
using Pierre.Server.Errors;

namespace Pierre.Server.Usage;

/// <summary>
/// Reads the account a login attempt names before the rate limiter runs, so that its per-account budget holds whatever
/// IP the attempts come from. The body stays buffered for the endpoint's own binding; one larger than any login could
/// be is refused, so padding cannot hide the email from the limiter.
/// </summary>
internal sealed class LoginAccountMiddleware(RequestDelegate next, IOptions<JsonOptions> json)
{
    public const int MaxBodyBytes = 8 * 1024;

    /// <summary>The web UI's sign-in form field that names the account.</summary>
    public const string WebLoginEmailField = "Input.Email";
    private static readonly object AccountItem = new();

    /// <summary>The normalized email of this login attempt, or null when the request is not one or names no valid email.</summary>
    public static string? Account(HttpContext context) => context.Items[AccountItem] as string;

    public Task InvokeAsync(HttpContext context)
    {
        var policy = context.GetEndpoint()?.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName;
        var webForm = policy == RateLimitPolicies.WebLogin && HttpMethods.IsPost(context.Request.Method) && context.Request.HasFormContentType;
        return policy == RateLimitPolicies.Login || webForm ? ReadAccountAsync(context, webForm) : next(context);
    }

    private async Task ReadAccountAsync(HttpContext context, bool webForm)
    {
        // The endpoint would decode another charset; this reader would not, and the attempt would escape its account's budget.
        if (!webForm && MediaTypeHeaderValue.TryParse(context.Request.ContentType, out var type) && type.Charset.HasValue
            && !type.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase))
        {
            await Problems.Create(StatusCodes.Status415UnsupportedMediaType, "a login request must be JSON in UTF-8")
                .ExecuteAsync(context).ConfigureAwait(false);
            return;
        }

        context.Request.EnableBuffering();
        var body = new byte[MaxBodyBytes + 1];
        var length = await context.Request.Body.ReadAtLeastAsync(body, body.Length, throwOnEndOfStream: false, context.RequestAborted).ConfigureAwait(false);
        if (length > MaxBodyBytes)
        {
            await Problems.Create(StatusCodes.Status413PayloadTooLarge, $"a login request must be at most {MaxBodyBytes} bytes")
                .ExecuteAsync(context).ConfigureAwait(false);
            return;
        }

        context.Request.Body.Position = 0;
        // The web UI's sign-in form stays buffered for the page's own binding.
        var email = webForm
            ? (await context.Request.ReadFormAsync(context.RequestAborted).ConfigureAwait(false))[WebLoginEmailField].ToString()
            : ReadEmail(body.AsSpan(0, length));
        context.Items[AccountItem] = CredentialRules.NormalizeEmail(email);
        await next(context).ConfigureAwait(false);
    }

    private string? ReadEmail(ReadOnlySpan<byte> body)
    {
        try
        {
            return JsonSerializer.Deserialize<LoginRequest>(body, json.Value.SerializerOptions)?.Email;
        }
        catch (JsonException)
        {
            // The endpoint's own binding answers with what is wrong.
            return null;
        }
    }
}
