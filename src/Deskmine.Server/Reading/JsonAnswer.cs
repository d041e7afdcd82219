using System.Security.Cryptography;

namespace Deskmine.Server.Reading;

/// <summary>
/// An answer of the read API serialised once per generation of the data: its UTF-8 JSON and an entity tag derived
/// from those bytes (equal tags mean equal bodies, whoever asks and whichever server process answered).
/// </summary>
internal sealed class JsonAnswer
{
    private JsonAnswer(byte[] utf8, string etag, int people, long events)
    {
        Utf8 = utf8;
        ETag = etag;
        People = people;
        Events = events;
    }

    /// <summary>What an answer is computed from: the value to serialise, and how many people and events it is about.</summary>
    /// <param name="Value">The answer.</param>
    /// <param name="People">Distinct people behind the answer (for k-anonymity); <see cref="int.MaxValue"/> when it groups no people.</param>
    /// <param name="Events">Events behind the answer.</param>
    public sealed record Source(object Value, int People = int.MaxValue, long Events = 0);

    /// <summary>The body as sent.</summary>
    public ReadOnlyMemory<byte> Utf8 { get; }

    /// <summary>A strong entity tag, quoted as HTTP wants it.</summary>
    public string ETag { get; }

    /// <summary>Distinct people the answer is about (k-anonymity is checked per caller, before the bytes are sent).</summary>
    public int People { get; }

    /// <summary>Events the answer is about.</summary>
    public long Events { get; }

    public static JsonAnswer Of(byte[] utf8, int people, long events)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(utf8, hash);
        return new JsonAnswer(utf8, "\"" + Convert.ToBase64String(hash[..18]).Replace('+', '-').Replace('/', '_') + "\"", people, events);
    }
}
