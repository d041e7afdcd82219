using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Deskmine.Core.IO;
using Deskmine.Storage.Workspaces;

namespace Deskmine.Workspaces.Recognition;

/// <summary>
/// What a recognition run keeps of every event until the task types are known and the derived rows can be written:
/// its id, its segment (run-wide, <c>-1</c> for noise) and the number of its action label. Kept in a temporary file
/// rather than in memory: at 10 M events these rows were 280 MB of the heap through the whole run, and they are read
/// once, in the order they were written.
/// </summary>
internal sealed class DerivedRowsSpill : IDisposable
{
    private const int RowsPerBuffer = 1 << 16;
    private readonly FileStream _file;
    private readonly DerivedRow[] _buffer = new DerivedRow[RowsPerBuffer];
    private int _buffered;
    private bool _reading;

    public DerivedRowsSpill()
        : this(Path.GetTempPath())
    {
    }

    /// <summary>Rows kept in a file of <paramref name="directory"/>, removed when the rows are (<see cref="TemporaryFile"/>).</summary>
    internal DerivedRowsSpill(string directory)
    {
        _file = TemporaryFile.Create("rows", 1 << 16, FileOptions.SequentialScan, directory);
    }

    /// <summary>Number of rows added.</summary>
    public long Count { get; private set; }

    /// <summary>Number of rows added whose segment is noise (<c>-1</c>).</summary>
    public long Noise { get; private set; }

    /// <summary>Adds one event's row.</summary>
    public void Add(DerivedRow row)
    {
        if (_reading)
            throw new InvalidOperationException("No rows can be added once they are read.");
        _buffer[_buffered++] = row;
        Count++;
        if (row.Segment < 0)
            Noise++;
        if (_buffered == _buffer.Length)
            Flush();
    }

    /// <summary>Every row added, in order; once.</summary>
    public IEnumerable<DerivedRow> Read()
    {
        if (_reading)
            throw new InvalidOperationException("The rows can be read once.");
        Flush();
        _reading = true;
        _file.Position = 0;
        while (Fill() is var n && n > 0)
        {
            for (var i = 0; i < n; i++)
                yield return _buffer[i];
            if (n < _buffer.Length)
                yield break;
        }
    }

    public void Dispose() => _file.Dispose();

    private void Flush()
    {
        _file.Write(MemoryMarshal.AsBytes(_buffer.AsSpan(0, _buffered)));
        _buffered = 0;
    }

    // Reads as many whole rows as fit into the buffer; fewer only at the end of the file.
    private int Fill()
    {
        var bytes = MemoryMarshal.AsBytes(_buffer.AsSpan());
        var read = 0;
        while (read < bytes.Length && _file.Read(bytes[read..]) is var got && got > 0)
            read += got;
        return read / Unsafe.SizeOf<DerivedRow>();
    }
}
