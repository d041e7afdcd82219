using Deskmine.Privacy.Detection;
using Deskmine.Privacy.Normalisation;

namespace Deskmine.Privacy;

/// <summary>Where in a text the filter would redact: for callers that cannot replace text but must hide it
/// elsewhere (the text found by OCR on a screenshot, whose boxes are then filled).</summary>
public sealed partial class PrivacyFilter
{
    /// <summary>
    /// The spans of <paramref name="text"/> that the filter's detectors or the policy's custom rules match, sorted
    /// and merged. Every detector runs on the text as given (not on the output of the previous one), so each finds
    /// what it can; a text whose normalised form holds a detection that the raw text does not (full-width digits,
    /// zero-width characters) is returned whole, since positions in the normalised text do not map back.
    /// </summary>
    /// <exception cref="InvalidOperationException">The policy does not compile: nothing can be declared
    /// harmless, so callers must treat the text as sensitive (fail closed).</exception>
    public IReadOnlyList<PiiMatch> FindSensitiveSpans(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var compiled = _compiled ?? throw new InvalidOperationException("the capture policy does not compile: " + _policyProblem);
        if (text.Length == 0)
            return [];
        var spans = Find(compiled, text);
        if (spans.Count == 0)
        {
            var normalised = TextNormaliser.Normalise(text);
            if (!string.Equals(normalised, text, StringComparison.Ordinal) && Find(compiled, normalised).Count > 0)
                return [new PiiMatch(0, text.Length)];
        }
        return spans;
    }

    private static List<PiiMatch> Find(Compiled compiled, string text)
    {
        var spans = new List<PiiMatch>();
        foreach (var (regex, _) in compiled.Rules)
        {
            foreach (System.Text.RegularExpressions.Match m in regex.Matches(text))
            {
                if (m.Length > 0)
                    spans.Add(new PiiMatch(m.Index, m.Length));
            }
        }
        foreach (var detector in PiiDetectors.Default)
        {
            foreach (var match in detector.Find(text))
            {
                if (match.Length > 0 && match.Start >= 0 && match.Start + match.Length <= text.Length)
                    spans.Add(match);
            }
        }
        // Overlapping spans are joined (not dropped as Spans.Merge does): every character any of them covers is hidden.
        spans.Sort((a, b) => a.Start.CompareTo(b.Start));
        var joined = new List<PiiMatch>(spans.Count);
        foreach (var s in spans)
        {
            if (joined.Count > 0 && s.Start <= joined[^1].Start + joined[^1].Length)
            {
                var last = joined[^1];
                var end = Math.Max(last.Start + last.Length, s.Start + s.Length);
                joined[^1] = new PiiMatch(last.Start, end - last.Start);
            }
            else
            {
                joined.Add(s);
            }
        }
        return joined;
    }

    /// <summary>Whether the policy denies (or does not allow) the application <paramref name="app"/>: its windows
    /// are filled whole on a screenshot. An invalid policy denies every application.</summary>
    public bool IsAppDenied(string? app)
    {
        if (_compiled is null)
            return true;
        var raw = app ?? "";
        var normalised = TextNormaliser.Normalise(raw);
        return _compiled.DenyApps.IsMatch(raw) || _compiled.DenyApps.IsMatch(normalised) || !_compiled.AllowApps.IsMatch(normalised);
    }
}
