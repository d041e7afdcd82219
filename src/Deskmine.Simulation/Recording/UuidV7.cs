using System.Buffers.Binary;

namespace Deskmine.Simulation.Recording;

/// <summary>
/// RFC 9562 version 7 UUIDs built from a timestamp and the seeded generator, because
/// <see cref="Guid.CreateVersion7(DateTimeOffset)"/> draws its random bits from the OS and would break determinism.
/// </summary>
internal static class UuidV7
{
    public static Guid Create(long micros, SimRandom random)
    {
        Span<byte> bytes = stackalloc byte[16];
        var millis = (ulong)(micros / 1000);
        var r1 = random.NextUInt64();
        var r2 = random.NextUInt64();
        // 48-bit big-endian milliseconds, then version 7 and 12 random bits.
        BinaryPrimitives.WriteUInt64BigEndian(bytes, (millis << 16) | 0x7000UL | (r1 & 0x0FFFUL));
        // Variant 0b10, then 62 random bits.
        BinaryPrimitives.WriteUInt64BigEndian(bytes[8..], (r2 & 0x3FFF_FFFF_FFFF_FFFFUL) | 0x8000_0000_0000_0000UL);
        return new Guid(bytes, bigEndian: true);
    }
}
