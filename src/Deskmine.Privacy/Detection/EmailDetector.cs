using System.Text.RegularExpressions;

namespace Deskmine.Privacy.Detection;

/// <summary>E-mail addresses, also URL-encoded (<c>name%40host.tld</c>). Validator: a dotted domain with a
/// letter-only top-level part and a local part that neither starts nor ends with a dot.</summary>
internal sealed partial class EmailDetector : IPiiDetector
{
    public string Name => "email";

    public string Placeholder => "<email>";

    public IEnumerable<PiiMatch> Find(string text)
    {
        foreach (Match m in Pattern().Matches(text))
        {
            var local = m.Groups["local"].Value;
            if (local.StartsWith('.') || local.EndsWith('.') || local.Length > 64)
                continue;
            yield return new PiiMatch(m.Index, m.Length);
        }
    }

    [GeneratedRegex(@"(?<![\p{L}\p{N}._%+-])(?<local>[\p{L}\p{N}._%+-]{1,64}?)(?:@|%40)(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?\.)+\p{L}{2,24}(?![\p{L}\p{N}-])",
        RegexOptions.CultureInvariant, 250)]
    private static partial Regex Pattern();
}
