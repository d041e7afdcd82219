using System.Buffers;
using Deskmine.Core.Errors;

namespace Deskmine.Storage.Logs;

/// <summary>
/// Cuts a CSV file into chunks of whole rows that can be parsed independently: each chunk is the header line
/// followed by consecutive rows, cut after a line break outside quotes (RFC 4180: a doubled quote inside a quoted
/// field toggles twice, so counting quotes tells whether a line break ends a row). Works on the bytes of any
/// encoding in which quote and line feed are single ASCII bytes (UTF-8, Latin-1, Windows-1252 …).
/// </summary>
internal sealed class CsvChunks : IDisposable
{
    /// <summary>
    /// Default size of a chunk's rows in bytes: large enough that the per-chunk cost vanishes, small enough for many
    /// chunks per core and a short wait for the first one (2 MiB: the same time as 4 MiB at 1 M events and 10 % less
    /// at 10 M, with less memory held in chunks; docs/benchmarks.md).
    /// </summary>
    public const int DefaultChunkBytes = 2 << 20;

    /// <summary>
    /// A row that does not end within this many bytes is longer than the CSV reader accepts anyway (16 Mi
    /// characters); it is reported instead of being buffered whole.
    /// </summary>
    private const int MaxRowBytes = 64 << 20;

    private const byte Quote = (byte)'"';
    private const byte LineFeed = (byte)'\n';
    private readonly FileStream _file;
    private readonly string _path;
    private readonly byte[] _header;
    private readonly int _chunkBytes;
    private byte[] _carry = [];
    private int _carryLength;
    private long _nextLine;
    private int _nextIndex;
    private bool _eof;

    private CsvChunks(FileStream file, string path, byte[] header, long firstDataLine, int chunkBytes)
    {
        _file = file;
        _path = path;
        _header = header;
        _nextLine = firstDataLine;
        _chunkBytes = chunkBytes;
    }

    /// <summary>
    /// Opens <paramref name="path"/>, or returns null when its start is not a plain header line (no line break
    /// within the first chunk, a blank first line): such files are left to the sequential reader, which explains them.
    /// </summary>
    public static CsvChunks? Open(string path, int chunkBytes = DefaultChunkBytes)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(chunkBytes, 16);
        var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        try
        {
            // The header must end within the first 64 KiB to 1 MiB; a longer one is left to the sequential reader. Most
            // headers end within the first 64 KiB, read first: the rest of the file is read in whole chunks.
            var limit = Math.Clamp(chunkBytes, 1 << 16, 1 << 20);
            var start = new byte[1 << 16];
            var read = file.ReadAtLeast(start, start.Length, throwOnEndOfStream: false);
            var end = RowEnd(start.AsSpan(0, read));
            if (end < 0 && read == start.Length && limit > start.Length)
            {
                Array.Resize(ref start, limit);
                read += file.ReadAtLeast(start.AsSpan(read), limit - read, throwOnEndOfStream: false);
                end = RowEnd(start.AsSpan(0, read));
            }
            if (end < 0 || IsBlankAfterBom(start.AsSpan(0, end)))
            {
                file.Dispose();
                return null;
            }
            var header = start[..(end + 1)];
            var lines = start.AsSpan(0, end + 1).Count(LineFeed);
            var chunks = new CsvChunks(file, path, header, 1 + lines, chunkBytes);
            chunks.Carry(start.AsSpan(end + 1, read - end - 1));
            return chunks;
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }

    /// <summary>The header line's bytes, line break included; every chunk starts with them.</summary>
    public ReadOnlySpan<byte> Header => _header;

    /// <summary>Size of the file in bytes.</summary>
    public long FileBytes => _file.Length;

    /// <summary>Index the next chunk will have.</summary>
    public int NextIndex => _nextIndex;

    /// <summary>The next chunk, or null at the end of the file. The caller returns its buffer with <see cref="CsvChunk.Release"/>.</summary>
    /// <exception cref="InputException">A row is longer than <see cref="MaxRowBytes"/> (a quote left open).</exception>
    public CsvChunk? Next()
    {
        while (true)
        {
            if (_eof && _carryLength == 0)
            {
                // A file of a header alone is still one chunk, so its columns are checked as always.
                return _nextIndex == 0 ? Emit(ArrayPool<byte>.Shared.Rent(_header.Length), 0) : null;
            }
            // The file is read straight into the chunk's buffer, after the header and the part row left from the last one;
            // together usually no more than the chunk size, so the pool hands out buffers of that size (a power of two).
            var toRead = _eof ? 0 : Math.Max(_chunkBytes - _header.Length - _carryLength, _chunkBytes / 2);
            var buffer = ArrayPool<byte>.Shared.Rent(_header.Length + _carryLength + toRead);
            _header.CopyTo(buffer, 0);
            _carry.AsSpan(0, _carryLength).CopyTo(buffer.AsSpan(_header.Length));
            var length = _carryLength;
            if (!_eof)
            {
                var read = _file.ReadAtLeast(buffer.AsSpan(_header.Length + length, toRead), toRead, throwOnEndOfStream: false);
                length += read;
                _eof = read < toRead;
            }
            var data = buffer.AsSpan(_header.Length, length);
            var end = _eof ? length - 1 : LastRowEnd(data);
            if (end >= 0)
            {
                Carry(data[(end + 1)..]);
                return Emit(buffer, end + 1);
            }
            // No row ends in what was read: keep it all and read on.
            Carry(data);
            ArrayPool<byte>.Shared.Return(buffer);
            if (_carryLength > MaxRowBytes)
                throw new InputException(_path, _nextLine, null, "the row starting here is too long to read; is a quote left open?");
        }
    }

    private CsvChunk Emit(byte[] buffer, int rows)
    {
        var chunk = new CsvChunk(_nextIndex++, buffer, _header.Length + rows, _nextLine);
        _nextLine += buffer.AsSpan(_header.Length, rows).Count(LineFeed);
        return chunk;
    }

    private void Carry(ReadOnlySpan<byte> rest)
    {
        if (_carry.Length < rest.Length)
            _carry = new byte[Math.Max(rest.Length, _carry.Length * 2)];
        rest.CopyTo(_carry);
        _carryLength = rest.Length;
    }

    private static bool IsBlankAfterBom(ReadOnlySpan<byte> line)
    {
        if (line.StartsWith("\uFEFF"u8))
            line = line[3..];
        return line.Trim(" \t\r"u8).IsEmpty;
    }

    /// <summary>Index of the first line feed outside quotes, or -1.</summary>
    private static int RowEnd(ReadOnlySpan<byte> data)
    {
        var quoted = false;
        for (var i = 0; i < data.Length; i++)
        {
            var at = data[i..].IndexOfAny(Quote, LineFeed);
            if (at < 0)
                return -1;
            i += at;
            if (data[i] == Quote)
                quoted = !quoted;
            else if (!quoted)
                return i;
        }
        return -1;
    }

    /// <summary>Index of the last line feed outside quotes (the data starts outside quotes), or -1.</summary>
    private static int LastRowEnd(ReadOnlySpan<byte> data)
    {
        // Most logs quote nothing: then the last line feed ends a row.
        if (!data.Contains(Quote))
            return data.LastIndexOf(LineFeed);
        var quoted = false;
        var last = -1;
        for (var i = 0; i < data.Length; i++)
        {
            var at = data[i..].IndexOfAny(Quote, LineFeed);
            if (at < 0)
                break;
            i += at;
            if (data[i] == Quote)
                quoted = !quoted;
            else if (!quoted)
                last = i;
        }
        return last;
    }

    public void Dispose() => _file.Dispose();
}

/// <summary>A header line and whole rows of a CSV file, in a pooled buffer.</summary>
/// <param name="Index">Position of the chunk in the file, from 0.</param>
/// <param name="Buffer">The bytes: the header line, then the rows.</param>
/// <param name="Length">Bytes used in <paramref name="Buffer"/>.</param>
/// <param name="FirstLine">1-based line of the file on which the chunk's first row starts.</param>
internal sealed record CsvChunk(int Index, byte[] Buffer, int Length, long FirstLine)
{
    /// <summary>Returns the buffer to the pool; the chunk must not be read afterwards.</summary>
    public void Release() => ArrayPool<byte>.Shared.Return(Buffer);
}
