using System.Buffers;

namespace Deskmine.Server.Ingest;

/// <summary>
/// A request body held in 1 MiB blocks rented from the server's body pool and read as one <see cref="ReadOnlySequence{T}"/>.
/// A growing array would allocate twice the body and leave the old arrays to the large-object heap (a burst of
/// 63 MiB bodies took 2 GB); pooled blocks are reused by the next request.
/// </summary>
internal sealed class PooledBody(ArrayPool<byte> pool) : IDisposable
{
    /// <summary>Size of one block.</summary>
    public const int BlockSize = 1 << 20;
    private readonly List<byte[]> _blocks = [];
    private int _lastUsed = BlockSize;

    /// <summary>Bytes held.</summary>
    public long Length { get; private set; }

    /// <summary>Appends bytes.</summary>
    public void Write(ReadOnlySpan<byte> data)
    {
        while (!data.IsEmpty)
        {
            if (_lastUsed == BlockSize)
            {
                _blocks.Add(pool.Rent(BlockSize));
                _lastUsed = 0;
            }
            var n = Math.Min(data.Length, BlockSize - _lastUsed);
            data[..n].CopyTo(_blocks[^1].AsSpan(_lastUsed));
            _lastUsed += n;
            Length += n;
            data = data[n..];
        }
    }

    /// <summary>The bytes as a sequence over the blocks; valid until disposed.</summary>
    public ReadOnlySequence<byte> AsSequence()
    {
        if (_blocks.Count == 0)
            return ReadOnlySequence<byte>.Empty;
        Segment? first = null, last = null;
        for (var i = 0; i < _blocks.Count; i++)
        {
            var used = i == _blocks.Count - 1 ? _lastUsed : BlockSize;
            var memory = new ReadOnlyMemory<byte>(_blocks[i], 0, used);
            last = last is null ? first = new Segment(memory, 0) : last.Append(memory);
        }
        return new ReadOnlySequence<byte>(first!, 0, last!, last!.Memory.Length);
    }

    public void Dispose()
    {
        foreach (var block in _blocks)
            pool.Return(block);
        _blocks.Clear();
    }

    private sealed class Segment : ReadOnlySequenceSegment<byte>
    {
        public Segment(ReadOnlyMemory<byte> memory, long runningIndex)
        {
            Memory = memory;
            RunningIndex = runningIndex;
        }

        public Segment Append(ReadOnlyMemory<byte> memory)
        {
            var next = new Segment(memory, RunningIndex + Memory.Length);
            Next = next;
            return next;
        }
    }
}
