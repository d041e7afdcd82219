using System.Buffers;
using System.Text.RegularExpressions;

namespace Deskmine.Privacy.Detection;

/// <summary>
/// Person names, by a heuristic that only looks where mail and chat programs put names: the words after a header
/// (<c>From:</c>, <c>To:</c>, <c>Cc:</c>, <c>Von:</c>, <c>An:</c>, <c>De:</c>, <c>À:</c>, <c>Para:</c>, <c>Da:</c>,
/// <c>Van:</c>, <c>Aan:</c> …); in titles that start with a reply or forward prefix (<c>RE:</c>, <c>AW:</c>,
/// <c>FW:</c>, <c>Fwd:</c>, <c>WG:</c>, <c>SV:</c>, <c>TR:</c>, <c>RV:</c>, <c>Antw:</c>, <c>Doorst:</c>, <c>RIF:</c>,
/// <c>Re[2]:</c> …) or end in a mail or chat program (<c>Subject – Name – Outlook</c>, <c>Name | Microsoft Teams</c>),
/// any part between separators that is a name (two to four capitalised words in any letter case, with particles such
/// as <c>van der</c>, initials, <c>Smith, John</c>), and a name after <c>with</c>/<c>mit</c>/<c>avec</c>/<c>con</c>/
/// <c>met</c> … in such a title. Parts containing a program word or a common title word (Offer, Invoice, Meeting …)
/// are kept. Names anywhere else are not found: there is no name dictionary on the device.
/// </summary>
internal sealed partial class PersonNameDetector : IPiiDetector
{
    private static readonly SearchValues<string> HeaderStems = SearchValues.Create(
        ["from:", "to:", "cc:", "von:", "an:", "sender:", "de:", "à:", "a:", "para:", "da:", "van:", "aan:", "par:", "reply-to:"],
        StringComparison.OrdinalIgnoreCase);

    public string Name => "name";

    public string Placeholder => "<name>";

    public IEnumerable<PiiMatch> Find(string text)
    {
        var spans = new List<PiiMatch>();
        if (text.Length < 5)
            return spans;
        if (text.Contains(':', StringComparison.Ordinal) && text.AsSpan().ContainsAny(HeaderStems))
        {
            foreach (Match m in AfterHeader().Matches(text))
            {
                var names = m.Groups["names"];
                if (!NameWords.HasNonNameWord(names.Value))
                    spans.Add(new PiiMatch(names.Index, names.Length));
            }
        }
        var reply = ReplyPrefix().IsMatch(text);
        if (!reply && !NameWords.MentionsMailOrChatProgram(text))
            return Spans.Merge(spans);
        // The program may be followed by the browser it runs in ("… | Microsoft Teams - Google Chrome"), so any part
        // naming a mail or chat program counts; the parts naming programs are never names themselves.
        var parts = Parts(text);
        var app = parts.Count >= 2 && parts.Any(p => NameWords.IsMailOrChatProgram(text.AsSpan(p.Start, p.Length)));
        if (reply || app)
        {
            foreach (var part in parts)
                FindInPart(text, part, spans);
        }
        return Spans.Merge(spans);
    }

    private static void FindInPart(string text, PiiMatch part, List<PiiMatch> spans)
    {
        var value = text.Substring(part.Start, part.Length);
        if (WholeName().IsMatch(value) && !NameWords.HasNonNameWord(value))
        {
            spans.Add(part);
            return;
        }
        foreach (Match m in AfterPreposition().Matches(value))
        {
            var name = m.Groups["names"];
            if (!NameWords.HasNonNameWord(name.Value))
                spans.Add(new PiiMatch(part.Start + name.Index, name.Length));
        }
    }

    /// <summary>Trimmed parts of a title between separators (spaced dashes and bars, colons, bullets).</summary>
    private static List<PiiMatch> Parts(string text)
    {
        var parts = new List<PiiMatch>();
        var start = 0;
        foreach (Match m in PartSeparator().Matches(text))
        {
            Add(start, m.Index);
            start = m.Index + m.Length;
        }
        Add(start, text.Length);
        return parts;

        void Add(int from, int to)
        {
            while (from < to && char.IsWhiteSpace(text[from]))
                from++;
            while (to > from && char.IsWhiteSpace(text[to - 1]))
                to--;
            if (to > from)
                parts.Add(new PiiMatch(from, to - from));
        }
    }

    private const string Word = @"\p{Lu}[\p{L}]+(?:[\-'’]\p{L}+)?";
    private const string Particle = @"(?:van|von|der|den|de|la|le|du|da|di|del|della|dos|das|ter|ten|zu|bin|al|el|mac|st\.?)";
    private const string FullName = @"(?:(?:\p{Lu}\.\s?)+\s?" + Word + @"|" + Word + @"(?:\s+(?:" + Particle + @"\s+){0,3}(?:\p{Lu}\.|" + Word + @")){1,3}|" + Word + @",\s+" + Word + @"(?:\s+" + Word + @")?)";

    [GeneratedRegex(@"(?i:\b(?:from|to|cc|bcc|von|an|sender|absender|de|à|a|para|da|van|aan|envoyé\s+par|reply-to)):\s*(?<names>" + Word + @"(?:\s+(?:" + Particle + @"\s+){0,3}" + Word + @"){0,3}|" + FullName + ")",
        RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMs)]
    private static partial Regex AfterHeader();

    [GeneratedRegex(@"^\s*(?:(?:re|aw|fw|fwd|wg|sv|tr|rv|antw|antwort|odp|rif|réf|ref|rép|vs|vl|doorst|res|enc|ynt|pd)\s*(?:\[\d+\]|\(\d+\))?\s*:\s*)+",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMs)]
    private static partial Regex ReplyPrefix();

    [GeneratedRegex(@"\s+[–—\-|•·/]+\s+|\s*[|•]\s*|:\s+", RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMs)]
    private static partial Regex PartSeparator();

    [GeneratedRegex(@"^" + FullName + @"$", RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMs)]
    private static partial Regex WholeName();

    [GeneratedRegex(@"(?i:\b(?:with|mit|avec|con|met|from|von|by|dear|hi|hello|hallo|bonjour|hola|ciao|cc|für|for|pour|para|per|voor|an|to)\s+)(?<names>" + FullName + ")",
        RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMs)]
    private static partial Regex AfterPreposition();
}
