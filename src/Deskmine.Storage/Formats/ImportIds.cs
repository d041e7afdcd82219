using System.Buffers.Binary;
using System.Runtime.CompilerServices;

namespace Deskmine.Storage.Formats;

/// <summary>
/// UUIDv7 ids (RFC 9562) for imported rows, stamped with the event time (the epoch when it has none).
/// </summary>
/// <remarks>
/// <see cref="Guid.CreateVersion7(DateTimeOffset)"/> draws its 74 random bits from the operating system on
/// every call, about 1 µs here, which alone would cap an import below 1 M rows/s. One generator per import,
/// seeded by the operating system, gives the same layout and collision odds at a few nanoseconds.
/// </remarks>
internal sealed class ImportIds
{
    private readonly Random _random = new();

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public Guid Next(long? micros)
    {
        // UUIDv7 holds milliseconds since the epoch; times before it cannot be encoded.
        var ms = micros is { } m && m > 0 ? m / 1000 : 0;
        Span<byte> bytes = stackalloc byte[16];
        BinaryPrimitives.WriteInt64BigEndian(bytes, ms << 16);
        _random.NextBytes(bytes[6..]);
        bytes[6] = (byte)(0x70 | (bytes[6] & 0x0F));
        bytes[8] = (byte)(0x80 | (bytes[8] & 0x3F));
        return new Guid(bytes, bigEndian: true);
    }
}
