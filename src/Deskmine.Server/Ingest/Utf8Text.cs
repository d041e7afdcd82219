using System.Text;
using System.Text.Unicode;

namespace Deskmine.Server.Ingest;

/// <summary>UTF-8 validation of request bodies, so bad bytes are a 400 naming where, not a failure deep in parsing.</summary>
internal static class Utf8Text
{
    /// <summary>The 0-based offset of the first byte that is not part of valid UTF-8, or null when all are.</summary>
    public static int? FirstInvalidByte(ReadOnlySpan<byte> bytes)
    {
        if (Utf8.IsValid(bytes))
            return null;
        var i = 0;
        while (i < bytes.Length)
        {
            if (Rune.DecodeFromUtf8(bytes[i..], out _, out var consumed) != System.Buffers.OperationStatus.Done)
                return i;
            i += consumed;
        }
        return null;
    }
}
