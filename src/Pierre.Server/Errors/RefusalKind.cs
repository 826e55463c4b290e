namespace Pierre.Server.Errors;

/// <summary>Why a service said no, in domain terms; each front end picks its own status or message for it.</summary>
internal enum RefusalKind
{
    Invalid,
    Forbidden,
    NotFound,
    Conflict,
}
