namespace Pierre.Server.Auth;

/// <summary>Why a presented API key or admin token was refused; its message is meant for the caller (401 detail and challenge).</summary>
internal sealed class RefusedCredentialException(string message) : Exception(message);
