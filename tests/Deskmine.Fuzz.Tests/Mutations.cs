namespace Deskmine.Fuzz.Tests;

/// <summary>Byte-level mutations of the kinds AFL++ starts with (bit flips, interesting values, insertions, deletions,
/// duplicated blocks, truncation), driven by a seeded <see cref="Random"/> so every run feeds the same inputs.</summary>
internal static class Mutations
{
    private static readonly byte[] Interesting = [0, 0xFF, 0x7F, 0x80, (byte)'"', (byte)',', (byte)'\n', (byte)'<', (byte)'>', (byte)'&',
        (byte)'9', (byte)'-', (byte)':', (byte)'{', (byte)'}', (byte)'[', 0xC3, 0xED, 0x1B, (byte)'%'];

    public static byte[] Apply(byte[] seed, Random random)
    {
        var bytes = new List<byte>(seed);
        var steps = 1 + random.Next(4);
        for (var s = 0; s < steps; s++)
        {
            var at = bytes.Count == 0 ? 0 : random.Next(bytes.Count);
            switch (random.Next(7))
            {
                case 0 when bytes.Count > 0:
                    bytes[at] ^= (byte)(1 << random.Next(8));
                    break;
                case 1 when bytes.Count > 0:
                    bytes[at] = Interesting[random.Next(Interesting.Length)];
                    break;
                case 2:
                    bytes.Insert(at, Interesting[random.Next(Interesting.Length)]);
                    break;
                case 3 when bytes.Count > 0:
                    bytes.RemoveRange(at, Math.Min(bytes.Count - at, 1 + random.Next(16)));
                    break;
                case 4 when bytes.Count > 0:
                    var length = Math.Min(bytes.Count - at, 1 + random.Next(64));
                    bytes.InsertRange(random.Next(bytes.Count), bytes.GetRange(at, length));
                    break;
                case 5:
                    bytes.RemoveRange(at, bytes.Count - at);
                    break;
                default:
                    bytes.InsertRange(at, Enumerable.Repeat(Interesting[random.Next(Interesting.Length)], 1 + random.Next(300)));
                    break;
            }
        }
        return [.. bytes];
    }
}
