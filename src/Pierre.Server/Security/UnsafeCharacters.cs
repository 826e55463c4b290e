using System.Globalization;
using System.Text;

namespace Pierre.Server.Security;

/// <summary>
/// Characters that make text look like something else: control characters (terminal escapes, line breaks in logs),
/// bidirectional formatting marks (text shown reversed or reordered) and zero-width characters (two identical-looking
/// emails). One list, used by every check on names, emails and titles, and by the request log.
/// </summary>
internal static class UnsafeCharacters
{
    /// <summary>True when the text holds a control character or a bidirectional formatting mark.</summary>
    public static bool HasControlOrBidi(string text) => text.Any(c => char.IsControl(c) || IsBidi(c));

    /// <summary>True when the text holds a control, bidirectional or zero-width character.</summary>
    public static bool HasInvisible(string text) => text.Any(IsInvisible);

    /// <summary>The text with every control, bidirectional and zero-width character written as <c>\uXXXX</c>.</summary>
    public static string Escape(string text)
    {
        if (!HasInvisible(text))
        {
            return text;
        }

        var escaped = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            if (IsInvisible(c))
            {
                escaped.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            }
            else
            {
                escaped.Append(c);
            }
        }

        return escaped.ToString();
    }

    private static bool IsInvisible(char c) => char.IsControl(c) || IsBidi(c) || IsZeroWidth(c);

    private static bool IsBidi(char c) => c is '\u061C' or '\u200E' or '\u200F' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');

    private static bool IsZeroWidth(char c) => c is (>= '\u200B' and <= '\u200D') or '\u2060' or '\uFEFF';
}
