using System.Security.Cryptography;
using System.Text;

namespace Deskmine.Server.Access;

/// <summary>
/// Random bearer secrets (login sessions, device and enrolment tokens) and the digests they are stored as: the
/// access store never holds a token, so a copy of it lets nobody in.
/// </summary>
internal static class SecretTokens
{
    /// <summary>256 random bits, URL-safe Base64 with a short prefix naming the kind (<c>dms_</c>, <c>dmd_</c>, <c>dme_</c>).</summary>
    public static string New(string prefix) => prefix + Base64UrlEncode(RandomNumberGenerator.GetBytes(32));

    /// <summary>SHA-256 of the token as lower-case hex; high-entropy tokens need no slow hash.</summary>
    public static string Digest(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private static string Base64UrlEncode(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
