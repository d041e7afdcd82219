using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;

namespace Deskmine.Privacy.Detection;

/// <summary>IPv4 addresses (each part 0–255, not inside a longer dotted number such as a version string; also
/// glued to letters, "defanged" as <c>10[.]0[.]0[.]1</c> or with spaces around the dots) and IPv6 addresses (candidates validated by
/// <see cref="IPAddress.TryParse(string?, out IPAddress?)"/>, so clock times like <c>12:30:45</c> stay). A candidate
/// touching a placeholder's bracket is not an address: <c>&lt;id&gt;::d</c> is what an earlier pass left.</summary>
internal sealed partial class IpAddressDetector : IPiiDetector
{
    public string Name => "ip";

    public string Placeholder => "<ip>";

    public IEnumerable<PiiMatch> Find(string text)
    {
        var spans = new List<PiiMatch>();
        if (text.Contains('.', StringComparison.Ordinal))
        {
            foreach (Match m in V4().Matches(text))
                spans.Add(new PiiMatch(m.Index, m.Length));
        }
        if (text.AsSpan().Count(':') < 2)
            return Spans.Merge(spans);
        foreach (Match m in V6().Matches(text))
        {
            var candidate = m.Value;
            if (candidate.Count(c => c == ':') >= 2 && candidate.Any(char.IsAsciiHexDigit)
                && IPAddress.TryParse(candidate, out var address) && address.AddressFamily == AddressFamily.InterNetworkV6)
                spans.Add(new PiiMatch(m.Index, m.Length));
        }
        return Spans.Merge(spans);
    }

    private const string Part = @"(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)";
    private const string Dot = @"(?:\.|[ ]\.[ ]?|\.[ ]|[ ]?[\[({]\.[\])}][ ]?)";

    [GeneratedRegex(@"(?<![\d.])(?:" + Part + Dot + "){3}" + Part + @"(?!\d|\.\d)", RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMs)]
    private static partial Regex V4();

    [GeneratedRegex(@"(?<![\w:<>])(?:[0-9A-Fa-f]{0,4}:){2,7}(?:[0-9A-Fa-f]{1,4}|(?:\d{1,3}\.){3}\d{1,3})?(?![\w:<>])",
        RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMs)]
    private static partial Regex V6();
}
