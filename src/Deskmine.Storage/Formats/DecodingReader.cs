using System.Text;
using Deskmine.Core.Errors;

namespace Deskmine.Storage.Formats;

/// <summary>
/// Decodes a byte stream as an <see cref="InputEncoding"/> and keeps the line and column of what it has handed
/// out, so a byte that does not decode (unless replacing was asked for) or a NUL character is reported where it
/// is instead of silently becoming U+FFFD or cutting a value short in the database.
/// </summary>
internal sealed class DecodingReader : TextReader
{
    private const char Nul = '\0';
    private readonly Stream _stream;
    private readonly string _source;
    private readonly InputEncoding _encoding;
    private readonly Encoding _strict;
    private readonly Decoder _decoder;
    private readonly byte[] _bytes = new byte[1 << 16];
    private readonly char[] _chars;
    private int _charPos, _charLen;
    private bool _eof, _started;
    private long _line = 1, _column = 1;

    public DecodingReader(Stream stream, string source, InputEncoding encoding)
    {
        _stream = stream;
        _source = source;
        _encoding = encoding;
        _strict = (Encoding)encoding.Encoding.Clone();
        _strict.DecoderFallback = encoding.Replace ? new DecoderReplacementFallback("\uFFFD") : DecoderFallback.ExceptionFallback;
        _decoder = _strict.GetDecoder();
        _chars = new char[_strict.GetMaxCharCount(_bytes.Length)];
    }

    public override int Peek() => Fill() ? _chars[_charPos] : -1;

    public override int Read()
    {
        if (!Fill())
            return -1;
        var c = _chars[_charPos++];
        Advance(c);
        return c;
    }

    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    public override int Read(Span<char> buffer)
    {
        if (buffer.IsEmpty || !Fill())
            return 0;
        var n = Math.Min(buffer.Length, _charLen - _charPos);
        var chunk = _chars.AsSpan(_charPos, n);
        chunk.CopyTo(buffer);
        _charPos += n;
        // Line and column are only needed for an error; count lines, and the column after the last one.
        var newlines = chunk.Count('\n');
        if (newlines > 0)
        {
            _line += newlines;
            _column = n - chunk.LastIndexOf('\n');
        }
        else
        {
            _column += n;
        }
        return n;
    }

    private void Advance(char c)
    {
        if (c == '\n')
        {
            _line++;
            _column = 1;
        }
        else
        {
            _column++;
        }
    }

    private bool Fill()
    {
        while (_charPos >= _charLen)
        {
            if (_eof)
                return false;
            var read = _stream.Read(_bytes, 0, _bytes.Length);
            _eof = read == 0;
            var start = 0;
            if (!_started && read > 0)
            {
                _started = true;
                start = BomLength(read);
            }
            try
            {
                _charLen = _decoder.GetChars(_bytes, start, read - start, _chars, 0, flush: _eof);
            }
            catch (DecoderFallbackException e)
            {
                throw Undecodable(e, start, read);
            }
            _charPos = 0;
            var nul = _chars.AsSpan(0, _charLen).IndexOf(Nul);
            if (nul >= 0)
                throw At(_chars.AsSpan(0, nul), "a NUL character (byte 0) is not allowed in a text log; is the file binary or UTF-16?");
        }
        return true;
    }

    // A UTF-8 byte order mark is dropped like StreamReader does; other encodings have none to drop.
    private int BomLength(int read) =>
        _strict.CodePage == Encoding.UTF8.CodePage && read >= 3 && _bytes[0] == 0xEF && _bytes[1] == 0xBB && _bytes[2] == 0xBF ? 3 : 0;

    private InputException Undecodable(DecoderFallbackException e, int start, int read)
    {
        // Decode the good bytes before the bad one again to find its line and column.
        var badAt = Math.Clamp(start + Math.Max(e.Index, 0), start, read);
        var prefix = _encoding.Encoding.GetString(_bytes, start, badAt - start);
        var bytes = e.BytesUnknown is { Length: > 0 } b ? Convert.ToHexString(b) : "?";
        return At(prefix, $"byte(s) 0x{bytes} are not valid text in the encoding '{_encoding.Name}'; "
            + "name the file's encoding with --encoding (e.g. latin-1, windows-1252) or add ':replace' to turn such bytes into U+FFFD.");
    }

    private InputException At(ReadOnlySpan<char> before, string problem)
    {
        var line = _line;
        var column = _column;
        var newlines = before.Count('\n');
        if (newlines > 0)
        {
            line += newlines;
            column = before.Length - before.LastIndexOf('\n');
        }
        else
        {
            column += before.Length;
        }
        return new InputException(_source, line, column.ToString(System.Globalization.CultureInfo.InvariantCulture), problem);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
            _stream.Dispose();
        base.Dispose(disposing);
    }
}
