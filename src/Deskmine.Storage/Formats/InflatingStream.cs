using System.Collections.Concurrent;
using System.IO.Compression;
using System.Runtime.ExceptionServices;

namespace Deskmine.Storage.Formats;

/// <summary>
/// A read-only stream of the inflated bytes of a gzip stream, inflated on a worker thread a few blocks ahead of the
/// reader, so that decompression and parsing (XML) use two cores. Errors of the compressed data surface in the
/// reader, unchanged (<see cref="InvalidDataException"/>), after the bytes inflated before them; disposing stops
/// the worker and awaits it.
/// </summary>
internal sealed class InflatingStream : Stream
{
    private const int BlockSize = 1 << 18;
    private const int Depth = 8;
    private readonly BlockingCollection<(byte[] Block, int Length)> _blocks = new(Depth);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _worker;
    private ExceptionDispatchInfo? _failure;
    private byte[] _current = [];
    private int _position, _length;
    private bool _done;

    public InflatingStream(Stream compressed)
    {
        ArgumentNullException.ThrowIfNull(compressed);
        _worker = Task.Factory.StartNew(() => Inflate(compressed), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
    }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        while (_position == _length)
        {
            if (_done || !_blocks.TryTake(out var next, Timeout.Infinite))
            {
                _done = true;
                _failure?.Throw();
                return 0;
            }
            _current = next.Block;
            _position = 0;
            _length = next.Length;
        }
        var n = Math.Min(buffer.Length, _length - _position);
        _current.AsSpan(_position, n).CopyTo(buffer);
        _position += n;
        return n;
    }

    private void Inflate(Stream compressed)
    {
        try
        {
            using var gzip = new GZipStream(compressed, CompressionMode.Decompress);
            while (true)
            {
                var block = new byte[BlockSize];
                var length = gzip.ReadAtLeast(block, BlockSize, throwOnEndOfStream: false);
                if (length > 0)
                    _blocks.Add((block, length), _stop.Token);
                if (length < BlockSize)
                    break;
            }
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
            // The reader stopped early; nothing to report.
        }
#pragma warning disable CA1031 // Any failure of the compressed data is handed to the reader, which rethrows it unchanged.
        catch (Exception e)
#pragma warning restore CA1031
        {
            _failure = ExceptionDispatchInfo.Capture(e);
        }
        finally
        {
            _blocks.CompleteAdding();
        }
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
        {
            _stop.Cancel();
            _worker.Wait();
            _blocks.Dispose();
            _stop.Dispose();
        }
        base.Dispose(disposing);
    }
}
