using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Deskmine.Privacy.Pseudonyms;

/// <summary>
/// Keyed pseudonyms and value hashes with the organisation's key (HMAC-SHA256). The same name always gives
/// the same pseudonym under one key, and nobody without the key can recompute or reverse it.
/// </summary>
/// <remarks>
/// Each use has its own domain prefix inside the HMAC input (<c>user:</c>, <c>machine:</c>, <c>value:</c>)
/// so a user and a machine of the same name do not share a pseudonym. User and machine names are trimmed
/// and lower-cased first, because desktop systems treat <c>Alice</c> and <c>alice</c> as one account.
/// Pseudonyms are 16 hex digits (64 bits) after a prefix: <c>u_3fa2…</c>, <c>m_9c01…</c>; value hashes are
/// the full 64 hex digits.
/// </remarks>
public sealed partial class Pseudonymiser
{
    /// <summary>Smallest accepted key, in bytes.</summary>
    public const int MinKeyBytes = 16;

    private readonly byte[] _key;

    /// <summary>Creates a pseudonymiser with a raw key of at least <see cref="MinKeyBytes"/> bytes.</summary>
    public Pseudonymiser(ReadOnlySpan<byte> key)
    {
        if (key.Length < MinKeyBytes)
            throw new ArgumentException($"The organisation key must have at least {MinKeyBytes} bytes.", nameof(key));
        _key = key.ToArray();
    }

    /// <summary>Creates a pseudonymiser from key text (hex or base64, see <see cref="ParseKey"/>).</summary>
    public static Pseudonymiser FromText(string keyText) => new(ParseKey(keyText));

    /// <summary>
    /// Decodes key text: hex (even length, 0-9a-f) is tried first, then base64. At least
    /// <see cref="MinKeyBytes"/> bytes.
    /// </summary>
    /// <exception cref="FormatException">Not hex or base64, or too short.</exception>
    public static byte[] ParseKey(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        byte[]? bytes = null;
        if (trimmed.Length % 2 == 0 && HexText().IsMatch(trimmed))
            bytes = Convert.FromHexString(trimmed);
        else if (Base64.IsValid(trimmed))
            bytes = Convert.FromBase64String(trimmed);
        if (bytes is null)
            throw new FormatException("the organisation key must be hex or base64 text");
        if (bytes.Length < MinKeyBytes)
            throw new FormatException($"the organisation key must have at least {MinKeyBytes} bytes ({MinKeyBytes * 2} hex digits); it has {bytes.Length}");
        return bytes;
    }

    /// <summary>Pseudonym of a user name, e.g. <c>u_3fa2c1d09b7e4411</c>.</summary>
    public string User(string name) => "u_" + Short("user:", Normalise(name));

    /// <summary>Pseudonym of a machine name, e.g. <c>m_9c01…</c>.</summary>
    public string Machine(string name) => "m_" + Short("machine:", Normalise(name));

    /// <summary>Keyed hash of copied, pasted or typed content: 64 lower-case hex digits. The text is hashed exactly
    /// as given, so the same clipboard content matches across copy and paste.</summary>
    public string ValueHash(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return Convert.ToHexStringLower(Mac("value:", value));
    }

    /// <summary>Whether <paramref name="text"/> already is a pseudonym of the given kind (so a second pass on the
    /// server keeps it rather than hashing it again).</summary>
    public static bool IsUserPseudonym(string text) => UserPattern().IsMatch(text);

    /// <summary>Whether <paramref name="text"/> already is a machine pseudonym.</summary>
    public static bool IsMachinePseudonym(string text) => MachinePattern().IsMatch(text);

    /// <summary>Whether <paramref name="text"/> has the shape of a value hash.</summary>
    public static bool IsValueHash(string text) => HashPattern().IsMatch(text);

    private static string Normalise(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return name.Trim().ToLowerInvariant();
    }

    private string Short(string domain, string value) => Convert.ToHexStringLower(Mac(domain, value), 0, 8);

    private byte[] Mac(string domain, string value) => HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(domain + value));

    [GeneratedRegex("^[0-9a-fA-F]+$")]
    private static partial Regex HexText();

    [GeneratedRegex(@"^u_[0-9a-f]{16}\z")]
    private static partial Regex UserPattern();

    [GeneratedRegex(@"^m_[0-9a-f]{16}\z")]
    private static partial Regex MachinePattern();

    [GeneratedRegex(@"^[0-9a-f]{64}\z")]
    private static partial Regex HashPattern();
}
