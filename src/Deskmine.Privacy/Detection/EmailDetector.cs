using System.Text.RegularExpressions;

namespace Deskmine.Privacy.Detection;

/// <summary>E-mail addresses, also URL-encoded (<c>name%40host.tld</c>). Validator: a dotted domain whose last
/// label has a letter. Label lengths are not limited (a leak costs more than a false match). Letters or digits glued to
/// either end are taken into the match, so the address never survives in part.</summary>
internal sealed partial class EmailDetector : IPiiDetector
{
    public string Name => "email";

    public string Placeholder => "<email>";

    public IEnumerable<PiiMatch> Find(string text)
    {
        if (!text.Contains('@', StringComparison.Ordinal) && !text.Contains("%40", StringComparison.Ordinal))
            yield break;
        foreach (Match m in Pattern().Matches(text))
        {
            if (!m.Groups["tld"].Value.Any(char.IsLetter))
                continue;
            yield return new PiiMatch(m.Index, m.Length);
        }
    }

    [GeneratedRegex(@"(?<![\p{L}\p{N}._%+-])(?<local>[\p{L}\p{N}._%+-]+)(?:@|%40)(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?\.)+(?<tld>[\p{L}\p{N}-]{2,})",
        RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Pattern();
}
