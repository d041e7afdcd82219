using System.Security.Cryptography;
using System.Text;

namespace Deskmine.Simulation.Recording;

/// <summary>
/// Keyed hash of typed, copied and pasted content as the capture agent computes it: HMAC-SHA256 with a fixed
/// simulation key, lower-case hex. Equal content gives equal hashes, so a copy and its paste match.
/// </summary>
internal sealed class ValueHasher
{
    private static readonly byte[] Key = Encoding.UTF8.GetBytes("deskmine-simulation-key-v1");
    private readonly Dictionary<string, string> _cache = new(StringComparer.Ordinal);

    public string Hash(string content)
    {
        if (_cache.TryGetValue(content, out var known))
            return known;
        // A day's distinct values are few thousand; clearing keeps memory bounded over long runs.
        if (_cache.Count > 50_000)
            _cache.Clear();
        var hash = Compute(content);
        _cache[content] = hash;
        return hash;
    }

    public static string Compute(string content)
    {
        Span<byte> digest = stackalloc byte[32];
        HMACSHA256.HashData(Key, Encoding.UTF8.GetBytes(content), digest);
        return Convert.ToHexStringLower(digest);
    }
}
