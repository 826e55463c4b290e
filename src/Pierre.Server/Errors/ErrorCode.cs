namespace Pierre.Server.Errors;

/// <summary>The stable <c>code</c> of every REST error (the seed's <c>ServerError</c> codes), mapped from the status.</summary>
internal static class ErrorCode
{
    public const string Unauthorized = "unauthorized";
    public const string Forbidden = "forbidden";
    public const string NotFound = "not_found";
    public const string InvalidRequest = "invalid_request";
    public const string Conflict = "conflict";
    public const string RateLimited = "rate_limited";
    public const string Internal = "internal";

    public static string ForStatus(int status) => status switch
    {
        StatusCodes.Status401Unauthorized => Unauthorized,
        StatusCodes.Status403Forbidden => Forbidden,
        StatusCodes.Status404NotFound => NotFound,
        StatusCodes.Status409Conflict => Conflict,
        StatusCodes.Status429TooManyRequests => RateLimited,
        >= 500 => Internal,
        _ => InvalidRequest,
    };
}
