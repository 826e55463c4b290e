using System.Globalization;

namespace Pierre.Server.Mcp;

internal static class ByteSizes
{
    private const int Mebibyte = 1024 * 1024;

    /// <summary>"1 MiB" for whole mebibytes, "4096 bytes" otherwise: the way an error message names a size limit.</summary>
    public static string Describe(long bytes) =>
        bytes % Mebibyte == 0
            ? $"{(bytes / Mebibyte).ToString(CultureInfo.InvariantCulture)} MiB"
            : $"{bytes.ToString(CultureInfo.InvariantCulture)} bytes";
}
