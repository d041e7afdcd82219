using System.Buffers;
using System.Text.RegularExpressions;

namespace Deskmine.Privacy.Detection;

/// <summary>
/// Credentials in URLs and text: the user-info part of a URL (<c>https://user:pass@host</c>), values of
/// secret-looking parameters (<c>token=</c>, <c>access_token=</c>, <c>api_key=</c>, <c>password=</c>, <c>sig=</c>,
/// <c>session=</c>, <c>code=</c> … in query strings, path segments, fragments and text), the segment after a
/// secret-naming path segment (<c>/password/…</c>), secret phrases in English, German, French, Spanish, Dutch and
/// Italian (<c>my password is …</c>, <c>Passwort lautet …</c>, <c>mot de passe : …</c>, <c>la contraseña es …</c>,
/// <c>wachtwoord is …</c>, <c>la password è …</c>, <c>PIN 1234</c> …), bearer and basic credentials, JWTs and
/// well-known key formats (AWS, GitHub, Slack, Stripe, Google, private key blocks). Only the secret itself is
/// replaced, so the parameter name stays for the process map.
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
        if (text.AsSpan().ContainsAny(Stems))
        {
            AddValues(Phrase(), text, spans);
            AddValues(ShortCode(), text, spans);
        }
        if (text.Contains('/', StringComparison.Ordinal))
            AddValues(PathSecret(), text, spans);
        AddValues(Scheme(), text, spans);
        foreach (Match m in Token().Matches(text))
            spans.Add(new PiiMatch(m.Index, m.Length));
        return Spans.Merge(spans);
    }

    // Every secret word contains one of these: a cheap test before the phrase patterns run.
    private static readonly SearchValues<string> Stems = SearchValues.Create(
        ["pass", "pw", "pin", "kennw", "zugang", "geheim", "mot", "mdp", "code", "contras", "clave", "digo", "wacht", "toegang",
         "parola", "codice", "tan", "otp", "time", "secur", "access", "verif", "cvv", "cvc", "secret", "token", "api", "key",
         "credential"],
        StringComparison.OrdinalIgnoreCase);

    private static void AddValues(Regex pattern, string text, List<PiiMatch> spans)
    {
        var url = text.Contains("://", StringComparison.Ordinal);
        foreach (Match m in pattern.Matches(text))
        {
            var value = m.Groups["value"];
            var length = value.Length;
            // In an address the value ends where the next parameter or the fragment starts.
            if (url && value.ValueSpan.IndexOfAny('&', '#') is > 0 and var end)
                length = end;
            if (length > 0 && !Placeholders.IsKnown(value.ValueSpan[..length]))
                spans.Add(new PiiMatch(value.Index, length));
        }
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
            var valueStart = eq + 1;
            while (valueStart < text.Length && text[valueStart] is ' ' or '=')
                valueStart++;
            var valueEnd = valueStart;
            while (valueEnd < text.Length && !IsValueEnd(text[valueEnd]))
                valueEnd++;
            if (keyStart == eq || valueEnd == valueStart)
                continue;
            var key = text.AsSpan(keyStart, eq - keyStart);
            var value = text.AsSpan(valueStart, valueEnd - valueStart);
            if (IsSecretKey(key) && !Placeholders.IsKnown(value))
                spans.Add(new PiiMatch(valueStart, valueEnd - valueStart));
        }
    }

    private static bool IsKeyChar(char c) => char.IsLetterOrDigit(c) || c is '_' or '.' or '-';

    // Brackets do not end a value: "password=<hunter2>" must not keep "hunter2>".
    private static bool IsValueEnd(char c) => char.IsWhiteSpace(c) || c is '&' or '#' or ';' or '"' or '\'';

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
        ["token", "key", "secret", "password", "passwd", "passwort", "kennwort", "wachtwoord", "contrase", "motdepasse",
         "pwd", "pass", "sig", "session", "sess", "sid", "auth", "credential", "code", "otp", "pin", "cvv", "cvc", "mdp",
         "clave"];

    // Words that name a secret, in the six languages; "pw", "pin", "tan" only as whole words.
    private const string SecretWord =
        @"(?:pass(?:[\s+_\-]?word|wort|wd|code|phrase|wort)?|pwd|pw|kennwort|zugangs(?:code|daten)|geheim(?:zahl|nummer|code)|"
        + @"mot[\s+_\-]+de[\s+_\-]+passe|mdp|code[\s+_\-]+(?:secret|pin|d['’]acc[eè]s|confidentiel)|contrase[ñn]a|clave(?:[\s+_\-]+de[\s+_\-]+acceso)?|"
        + @"c[oó]digo(?:[\s+_\-]+(?:pin|secreto|de[\s+_\-]+acceso))?|wacht[\s+_\-]?woord|toegangscode|pin[\s+_\-]?code|pincode|"
        + @"parola[\s+_\-]+(?:d['’]ordine|chiave)|codice(?:[\s+_\-]+(?:pin|segreto|di[\s+_\-]+accesso))?|"
        + @"pin(?:[\s+_\-]?(?:nummer|number|nr))?|tan|otp|one[\s+_\-]time[\s+_\-](?:code|password)|security[\s+_\-]code|access[\s+_\-]code|"
        + @"verification[\s+_\-]code|cvv2?|cvc2?|secret|token|api[\s+_\-]?key|private[\s+_\-]key|secret[\s+_\-]key|credentials?)";

    // What joins the word to the value: ":" or "=" or a verb ("is", "ist", "lautet", "est", "es", "è", "is nu" …),
    // possibly after a few words ("password for the portal is …").
    private const string Joiner =
        @"(?:[\s+_\-]*[:=：>]+[\s+_\-]*|(?:[\s+_\-]+[\p{L}\p{N}'’.]+){0,4}?[\s+_\-]+(?:is|was|are|ist|lautet|war|wäre|heißt|est|c['’]est|était|sera|es|era|será|è|sarà|sono|luidt|wordt|was|blijft|=|:)(?![\p{L}])(?:[\s+_\-]+(?:now|still|jetzt|nun|noch|maintenant|toujours|ahora|todavía|ora|ancora|nu|nog|to|auf|de|à|a|:|=))*[\s+_\-]*[:=]?[\s+_\-]*)";

    // A quoted value is taken whole (a passphrase with spaces); otherwise the next run of non-space characters.
    private const string Value =
        @"(?<value>""[^""]{1,200}""|'[^']{1,200}'|“[^”]{1,200}”|„[^“”]{1,200}[“”]|«[^»]{1,200}»|[^\s]+)";

    [GeneratedRegex(@"(?i)(?<![\p{L}])" + SecretWord + @"(?![\p{L}])" + Joiner + Value, RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMs)]
    private static partial Regex Phrase();

    // PINs, TANs and card codes are short and often written without a joiner: "PIN 1234", "CVV 123".
    [GeneratedRegex(@"(?i)(?<![\p{L}])(?:pin(?:[\s\-]?code)?|pincode|tan|cvv2?|cvc2?|otp|geheimzahl|geheimnummer|codice[\s+_]pin|code[\s+_]pin)[\s+_#:.=\-]*(?<value>\d(?:[\s\-]?\d){2,9})(?!\d)",
        RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMs)]
    private static partial Regex ShortCode();

    [GeneratedRegex(@"(?i)/(?:password|passwd|passwort|pwd|passcode|pin|token|secret|api[_\-]?key|access[_\-]?token|otp|mdp|wachtwoord|contrase[ñn]a)/(?<value>[^/?#\s]+)",
        RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMs)]
    private static partial Regex PathSecret();

    [GeneratedRegex(@"(?i)\b(?:bearer|basic|token|digest)\s+(?<value>[A-Za-z0-9._~+/\-]{8,}=*)", RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMs)]
    private static partial Regex Scheme();

    [GeneratedRegex(@"\b[A-Za-z][A-Za-z0-9+.\-]*://(?<info>[^/\s@?#]+)@", RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMs)]
    private static partial Regex UserInfo();

    [GeneratedRegex(@"\beyJ[A-Za-z0-9_\-]{4,}\.[A-Za-z0-9_\-]{4,}\.[A-Za-z0-9_\-]*|\bAKIA[0-9A-Z]{16}\b|\bgh[pousr]_[A-Za-z0-9]{30,}\b|\bxox[abprs]-[A-Za-z0-9\-]{10,}|\b[sr]k_(?:live|test)_[A-Za-z0-9]{16,}\b|\bAIza[0-9A-Za-z_\-]{35}|-----BEGIN[A-Z ]*PRIVATE KEY-----[\s\S]*?(?:-----END[A-Z ]*PRIVATE KEY-----|$)",
        RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMs)]
    private static partial Regex Token();
}
