using System.Text.RegularExpressions;

namespace Deskmine.Privacy.Detection;

/// <summary>E-mail addresses in plain, URL-encoded (<c>name%40host.tld</c>) and spelled-out forms
/// (<c>name [at] host [dot] com</c>, <c>name(at)host.com</c>, <c>name @ host . com</c>, <c>name at host dot com</c>).
/// Full-width <c>＠</c> and zero-width characters are removed before detection by the text normaliser. Validator: a
/// dotted domain whose last label has a letter. Label lengths are not limited (a leak costs more than a false match).
/// Letters or digits glued to either end are taken into the match, so the address never survives in part.</summary>
internal sealed partial class EmailDetector : IPiiDetector
{
    public string Name => "email";

    public string Placeholder => "<email>";

    public IEnumerable<PiiMatch> Find(string text)
    {
        var spans = new List<PiiMatch>();
        if (text.Contains('@', StringComparison.Ordinal) || text.Contains("%40", StringComparison.Ordinal))
            Collect(Pattern(), text, spans);
        if (text.Contains("at", StringComparison.OrdinalIgnoreCase))
            Collect(Spelled(), text, spans);
        return Spans.Merge(spans);
    }

    private static void Collect(Regex pattern, string text, List<PiiMatch> spans)
    {
        foreach (Match m in pattern.Matches(text))
            spans.Add(new PiiMatch(m.Index, m.Length));
    }

    private const string Local = @"(?<![\p{L}\p{N}._%+'-])(?<local>[\p{L}\p{N}._%+'-]+)";
    private const string Label = @"[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?";

    // The last label needs a letter. Checked inside the pattern, not after it: a greedy match that ran on into a
    // number ("a@b.co.uk .22" read with the top-level "22") must back off to "a@b.co.uk" rather than be dropped whole,
    // which leaked the address and made a second pass (after templating turned ".22" into ".<num>") find it.
    private const string Tld = @"(?<tld>(?=[\p{L}\p{N}-]*\p{L})[\p{L}\p{N}-]{2,})";

    [GeneratedRegex(Local + @"[ ]?(?:@|%40)[ ]?(?:" + Label + @"[ ]?\.[ ]?)+" + Tld,
        RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMs)]
    private static partial Regex Pattern();

    // "at"/"dot" in brackets anywhere; as bare words only together ("name at host dot com"), since "at host.com"
    // alone is ordinary prose.
    private const string AtWord = @"(?:\s*[\[({]\s*(?:at|@)\s*[\])}]\s*|\s+at\s+(?=(?:" + Label + @"\s*(?:\.|\s+dot\s+|\s*[\[({]\s*(?:dot|\.)\s*[\])}]\s*)\s*)*" + Label + @"\s+dot\s+))";
    private const string DotWord = @"(?:\s*\.\s*|\s+dot\s+|\s*[\[({]\s*(?:dot|\.)\s*[\])}]\s*)";

    [GeneratedRegex(Local + AtWord + @"(?:" + Label + DotWord + @")+" + Tld,
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, RegexLimits.MatchTimeoutMs)]
    private static partial Regex Spelled();
}
