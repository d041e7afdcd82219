using System.Text.RegularExpressions;

namespace Deskmine.Privacy.Detection;

/// <summary>
/// Credentials in URLs and text: the user-info part of a URL (<c>https://user:pass@host</c>), values of
/// secret-looking parameters (<c>token=</c>, <c>access_token=</c>, <c>api_key=</c>, <c>password=</c>,
/// <c>sig=</c>, <c>session=</c>, <c>code=</c> … in query strings, fragments and text), <c>password: …</c>
/// in text, bearer tokens, JWTs (<c>eyJ….eyJ….…</c>) and well-known key formats (AWS, GitHub, Slack,
/// Stripe). Only the secret itself is replaced, so the parameter name stays for the process map.
/// </summary>
internal sealed partial class SecretDetector : IPiiDetector
{
    public string Name => "secret";

    public string Placeholder => "<secret>";

    public IEnumerable<PiiMatch> Find(string text)
    {
        var spans = new List<PiiMatch>();
        if (text.Contains('@', StringComparison.Ordinal) && text.Contains("://", StringComparison.Ordinal))
        {
            foreach (Match m in UserInfo().Matches(text))
                spans.Add(new PiiMatch(m.Groups["info"].Index, m.Groups["info"].Length));
        }
        if (text.Contains('=', StringComparison.Ordinal))
            FindParameters(text, spans);
        if (text.Contains(':', StringComparison.Ordinal) || text.Contains('=', StringComparison.Ordinal))
        {
            foreach (Match m in Labelled().Matches(text))
            {
                var value = m.Groups["value"];
                if (!IsPlaceholder(value.Value))
                    spans.Add(new PiiMatch(value.Index, value.Length));
            }
        }
        if (text.Contains("earer", StringComparison.OrdinalIgnoreCase))
        {
            foreach (Match m in Bearer().Matches(text))
            {
                var value = m.Groups["value"];
                spans.Add(new PiiMatch(value.Index, value.Length));
            }
        }
        foreach (Match m in Token().Matches(text))
            spans.Add(new PiiMatch(m.Index, m.Length));
        return Spans.Merge(spans);
    }

    /// <summary>Values of <c>key=value</c> pairs whose key names a secret: found from each <c>=</c>, walking back
    /// over the key and forward over the value, so the cost stays linear in the text.</summary>
    private static void FindParameters(string text, List<PiiMatch> spans)
    {
        for (var eq = text.IndexOf('=', StringComparison.Ordinal); eq >= 0; eq = text.IndexOf('=', eq + 1))
        {
            var keyStart = eq;
            while (keyStart > 0 && IsKeyChar(text[keyStart - 1]))
                keyStart--;
            var valueEnd = eq + 1;
            while (valueEnd < text.Length && !IsValueEnd(text[valueEnd]))
                valueEnd++;
            if (keyStart == eq || valueEnd == eq + 1)
                continue;
            var key = text.AsSpan(keyStart, eq - keyStart);
            var value = text[(eq + 1)..valueEnd];
            if (IsSecretKey(key) && !IsPlaceholder(value))
                spans.Add(new PiiMatch(eq + 1, valueEnd - eq - 1));
        }
    }

    private static bool IsKeyChar(char c) => char.IsLetterOrDigit(c) || c is '_' or '.' or '-';

    private static bool IsValueEnd(char c) => char.IsWhiteSpace(c) || c is '&' or '#' or ';' or '"' or '\'' or '<' or '>';

    private static bool IsSecretKey(ReadOnlySpan<char> key)
    {
        foreach (var word in SecretKeyWords)
        {
            if (key.Contains(word, StringComparison.OrdinalIgnoreCase))
                return true;
        }
        return false;
    }

    // Substrings of parameter names that mark a secret value. Broad on purpose: a query value wrongly
    // removed costs little, a leaked token costs a lot.
    private static readonly string[] SecretKeyWords =
        ["token", "key", "secret", "password", "passwd", "pwd", "pass", "sig", "session", "sess", "sid", "auth",
         "credential", "code", "otp"];

    // Placeholders written by an earlier pass (or by templating) are not secrets; skipping them keeps a
    // second pass on the server stable.
    private static bool IsPlaceholder(string value) => value.StartsWith('<') && value.EndsWith('>');

    [GeneratedRegex(@"\b[A-Za-z][A-Za-z0-9+.\-]*://(?<info>[^/\s@?#]+)@", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex UserInfo();

    [GeneratedRegex(@"(?i)\b(?:password|passwort|passwd|pwd|passcode|pin|token|secret|api[ _\-]?key)\s*[:=]\s*(?<value>[^\s""'<>,;]{4,})",
        RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Labelled();

    [GeneratedRegex(@"(?i)\bbearer\s+(?<value>[A-Za-z0-9._~+/\-]{8,}=*)", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Bearer();

    [GeneratedRegex(@"\beyJ[A-Za-z0-9_\-]{4,}\.eyJ[A-Za-z0-9_\-]{4,}\.[A-Za-z0-9_\-]*|\bAKIA[0-9A-Z]{16}\b|\bgh[pousr]_[A-Za-z0-9]{30,}\b|\bxox[abprs]-[A-Za-z0-9\-]{10,}|\b[sr]k_(?:live|test)_[A-Za-z0-9]{16,}\b",
        RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Token();
}
