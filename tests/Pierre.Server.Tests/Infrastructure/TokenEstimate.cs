using System.Text.RegularExpressions;

namespace Pierre.Server.Tests.Infrastructure;

/// <summary>
/// A BPE-like token estimate: every run of letters, every run of digits (split every 3, as GPT-style tokenizers do)
/// and every punctuation mark counts as one token.
/// </summary>
public static partial class TokenEstimate
{
    public static int Count(string text) => Pieces().Matches(text).Sum(m => char.IsAsciiDigit(m.Value[0]) ? (m.Value.Length + 2) / 3 : 1);

    [GeneratedRegex(@"[A-Za-z]+|\d+|[^\sA-Za-z\d]")]
    private static partial Regex Pieces();
}
