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
        foreach (Match m in UserInfo().Matches(text))
            spans.Add(new PiiMatch(m.Index, m.Length));
        foreach (Match m in Parameter().Matches(text))
        {
            var value = m.Groups["value"];
            if (!IsPlaceholder(value.Value))
                spans.Add(new PiiMatch(value.Index, value.Length));
        }
        foreach (Match m in Labelled().Matches(text))
        {
            var value = m.Groups["value"];
            if (!IsPlaceholder(value.Value))
                spans.Add(new PiiMatch(value.Index, value.Length));
        }
        foreach (Match m in Bearer().Matches(text))
        {
            var value = m.Groups["value"];
            spans.Add(new PiiMatch(value.Index, value.Length));
        }
        foreach (Match m in Token().Matches(text))
            spans.Add(new PiiMatch(m.Index, m.Length));
        return Spans.Merge(spans);
    }

    // Placeholders written by an earlier pass (or by templating) are not secrets; skipping them keeps a
    // second pass on the server stable.
    private static bool IsPlaceholder(string value) => value.StartsWith('<') && value.EndsWith('>');

    [GeneratedRegex(@"(?<=\b[A-Za-z][A-Za-z0-9+.\-]*://)[^/\s@?#]+(?=@)", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex UserInfo();

    [GeneratedRegex(@"(?i)(?<![\w.\-])[\w.\-]*(?:token|api[_\-]?key|apikey|secret|passw(?:or)?d|pwd|pass|sig|signature|session|sess|sessid|sid|auth|authorization|credential|credentials|code|otp|key)[\w.\-]*=(?<value>[^&\s#;""'<>]+)",
        RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Parameter();

    [GeneratedRegex(@"(?i)\b(?:password|passwort|passwd|pwd|passcode|pin|token|secret|api[ _\-]?key)\s*[:=]\s*(?<value>[^\s""'<>,;]{4,})",
        RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Labelled();

    [GeneratedRegex(@"(?i)\bbearer\s+(?<value>[A-Za-z0-9._~+/\-]{8,}=*)", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Bearer();

    [GeneratedRegex(@"\beyJ[A-Za-z0-9_\-]{4,}\.eyJ[A-Za-z0-9_\-]{4,}\.[A-Za-z0-9_\-]*|\bAKIA[0-9A-Z]{16}\b|\bgh[pousr]_[A-Za-z0-9]{30,}\b|\bxox[abprs]-[A-Za-z0-9\-]{10,}|\b[sr]k_(?:live|test)_[A-Za-z0-9]{16,}\b",
        RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Token();
}
