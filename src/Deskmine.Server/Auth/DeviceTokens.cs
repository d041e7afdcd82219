using System.Security.Cryptography;
using System.Text;
using Deskmine.Core.Errors;

namespace Deskmine.Server.Auth;

/// <summary>
/// The device tokens a server accepts. Only SHA-256 digests are kept, and a presented token is compared with
/// every digest in constant time, so neither memory nor timing reveals a token.
/// </summary>
public sealed class DeviceTokens
{
    private readonly byte[][] _digests;

    /// <summary>Accepts exactly <paramref name="tokens"/>.</summary>
    public DeviceTokens(IEnumerable<string> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        _digests = tokens.Select(Digest).ToArray();
    }

    /// <summary>
    /// Reads a token file: one token per line; blank lines and lines starting with <c>#</c> are ignored.
    /// </summary>
    /// <exception cref="InputException">A line holds white space inside the token, or the file has no token.</exception>
    public static IReadOnlyList<string> ReadFile(string path)
    {
        var tokens = new List<string>();
        var lineNo = 0;
        foreach (var raw in File.ReadLines(path))
        {
            lineNo++;
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
                continue;
            if (line.Any(char.IsWhiteSpace))
                throw new InputException(path, lineNo, null, "a token must not contain spaces; expected one token per line.");
            tokens.Add(line);
        }
        if (tokens.Count == 0)
            throw new InputException(path, null, null, "no token in the file; expected one token per line (lines starting with # are comments).");
        return tokens;
    }

    /// <summary>Whether the <c>Authorization</c> header value carries an accepted bearer token.</summary>
    public bool IsAuthorized(string? authorization)
    {
        const string Scheme = "Bearer ";
        if (authorization is null || !authorization.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase))
            return false;
        var presented = Digest(authorization[Scheme.Length..].Trim());
        var ok = false;
        foreach (var digest in _digests)
            ok |= CryptographicOperations.FixedTimeEquals(digest, presented);
        return ok;
    }

    /// <summary>The device id of a token from the file (<c>file_</c> and a digest prefix), or <c>null</c>.</summary>
    public string? Match(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        var presented = Digest(token);
        string? match = null;
        foreach (var digest in _digests)
        {
            if (CryptographicOperations.FixedTimeEquals(digest, presented))
                match = "file_" + Convert.ToHexStringLower(digest)[..12];
        }
        return match;
    }

    private static byte[] Digest(string token) => SHA256.HashData(Encoding.UTF8.GetBytes(token));
}
