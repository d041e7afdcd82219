using System.Text;

namespace Deskmine.Cli.Terminal;

/// <summary>
/// A write-only stream that decodes UTF-8 bytes onto a <see cref="TextWriter"/> block by block, so a large JSON
/// document goes to the output without being held as one string (the map of 10 M events is tens of megabytes).
/// </summary>
internal sealed class TextWriterStream(TextWriter target) : Stream
{
    private readonly Decoder _decoder = new UTF8Encoding(false).GetDecoder();
    private char[] _chars = new char[4096];

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        while (!buffer.IsEmpty)
        {
            // Decode at most one buffer of characters at a time; a character split between writes is carried by the decoder.
            var take = Math.Min(buffer.Length, _chars.Length / 2);
            var n = _decoder.GetChars(buffer[..take], _chars, flush: false);
            target.Write(_chars, 0, n);
            buffer = buffer[take..];
        }
    }

    public override void Flush() => target.Flush();

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();
}
