using System.Text.RegularExpressions;

namespace Deskmine.Privacy.Detection;

/// <summary>
/// Person names, by a cheap heuristic that only looks where mail clients put names: the words after
/// <c>From:</c>/<c>To:</c>/<c>Cc:</c>/<c>Von:</c>/<c>An:</c>, and, in titles that start with a reply or forward
/// prefix (<c>RE:</c>, <c>AW:</c>, <c>FW:</c>, <c>Fwd:</c>, <c>WG:</c>, <c>SV:</c>, <c>TR:</c>), any part between
/// dashes or bars made of two or three capitalised words (<c>RE: Offer – John Smith</c>). Parts naming a
/// known mail program are kept. Names anywhere else (a document called "Smith contract.docx", a chat
/// title, "Smith, John") are not found: there is no name dictionary on the device.
/// </summary>
internal sealed partial class PersonNameDetector : IPiiDetector
{
    private static readonly HashSet<string> ProgramWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "Microsoft", "Outlook", "Mozilla", "Thunderbird", "Google", "Gmail", "Chrome", "Chromium", "Firefox",
        "Mail", "Message", "Inbox", "Office", "Teams", "Edge", "Evolution", "Apple", "Web", "Nachricht",
        "Posteingang", "Draft", "Entwurf",
    };

    public string Name => "name";

    public string Placeholder => "<name>";

    public IEnumerable<PiiMatch> Find(string text)
    {
        var spans = new List<PiiMatch>();
        if (!text.Contains(':', StringComparison.Ordinal))
            return spans;
        foreach (Match m in AfterHeader().Matches(text))
        {
            var names = m.Groups["names"];
            if (!HasProgramWord(names.Value))
                spans.Add(new PiiMatch(names.Index, names.Length));
        }
        if (ReplyPrefix().IsMatch(text))
        {
            foreach (Match m in Segment().Matches(text))
            {
                var name = m.Groups["name"];
                if (!HasProgramWord(name.Value))
                    spans.Add(new PiiMatch(name.Index, name.Length));
            }
        }
        return Spans.Merge(spans);
    }

    private static bool HasProgramWord(string words) =>
        words.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(ProgramWords.Contains);

    private const string Word = @"\p{Lu}\p{Ll}+(?:[\-']\p{Lu}\p{Ll}+)?";

    [GeneratedRegex(@"(?i:\b(?:from|to|cc|von|an|sender|absender)):\s*(?<names>" + Word + @"(?: " + Word + @"){0,3})",
        RegexOptions.CultureInvariant, 1000)]
    private static partial Regex AfterHeader();

    [GeneratedRegex(@"^\s*(?:(?:re|aw|fw|fwd|wg|sv|tr)\s*:\s*)+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex ReplyPrefix();

    [GeneratedRegex(@"(?<=\s[–—\-|]\s)(?<name>" + Word + @"(?: " + Word + @"){1,2})(?=\s[–—\-|]\s|\s*$)",
        RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Segment();
}
