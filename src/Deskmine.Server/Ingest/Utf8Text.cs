using System.Buffers;
using System.Text;

namespace Deskmine.Server.Ingest;

/// <summary>UTF-8 validation of request bodies, so bad bytes are a 400 naming where, not a failure deep in parsing.</summary>
internal static class Utf8Text
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The 0-based offset of (about) the first byte that is not valid UTF-8, or null when all are.</summary>
    public static long? FirstInvalidByte(ReadOnlySequence<byte> bytes)
    {
        var decoder = Strict.GetDecoder();
        var chars = new char[8192];
        long offset = 0;
        foreach (var memory in bytes)
        {
            var span = memory.Span;
            var done = 0;
            while (done < span.Length)
            {
                try
                {
                    decoder.Convert(span[done..], chars, flush: false, out var used, out _, out _);
                    done += used;
                }
                catch (DecoderFallbackException e)
                {
                    return offset + done + Math.Max(e.Index, 0);
                }
            }
            offset += span.Length;
        }
        try
        {
            decoder.Convert(ReadOnlySpan<byte>.Empty, chars, flush: true, out _, out _, out _);
        }
        catch (DecoderFallbackException)
        {
            return Math.Max(offset - 1, 0);
        }
        return null;
    }
}
