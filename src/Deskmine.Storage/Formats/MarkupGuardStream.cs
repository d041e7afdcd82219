using Deskmine.Core.Errors;

namespace Deskmine.Storage.Formats;

/// <summary>
/// Passes an XML byte stream through and fails once more than <c>limit</c> bytes go by without a <c>&lt;</c>:
/// an attribute value or a text node can never contain one, so this caps what <see cref="System.Xml.XmlReader"/>
/// must buffer for a single value before the reader's own length check sees it (a 200 MB attribute value would
/// otherwise be read whole, 1.66 GB at peak). Counts lines so the error can say where.
/// </summary>
internal sealed class MarkupGuardStream(Stream inner, string source, long limit) : Stream
{
    private long _sinceMarkup;
    private long _line = 1;

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var n = inner.Read(buffer);
        var data = buffer[..n];
        var last = data.LastIndexOf((byte)'<');
        var first = data.IndexOf((byte)'<');
        // The longest run without markup is either across the previous block's tail into this one's head, or
        // this block's own tail; runs inside the block are shorter than the block.
        var run = first < 0 ? _sinceMarkup + n : _sinceMarkup + first;
        if (run > limit)
            throw new InputException(source, _line + data[..(first < 0 ? n : first)].Count((byte)'\n'), null,
                $"more than {limit:N0} bytes without markup: an attribute value or text is too long (see the import field limit).");
        _sinceMarkup = first < 0 ? _sinceMarkup + n : n - last - 1;
        _line += data.Count((byte)'\n');
        return n;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
            inner.Dispose();
        base.Dispose(disposing);
    }
}
