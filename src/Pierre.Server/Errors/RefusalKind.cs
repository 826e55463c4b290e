namespace Pierre.Server.Errors;

/// <summary>Why a service said no, in domain terms; each front end picks its own status or message for it.</summary>
internal enum RefusalKind
{
    Invalid,
    Forbidden,
    NotFound,
    Conflict,

    /// <summary>The credentials presented do not prove who the caller is (a wrong password).</summary>
    Unauthenticated,

    /// <summary>The request needs a data provider and the caller has none connected (or not the one named).</summary>
    NotConnected,

    /// <summary>The request is well-formed, but the caller's data or stored state cannot answer it (too little history, an inconsistent configuration).</summary>
    Precondition,
}
