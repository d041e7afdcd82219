using System.Text;

namespace Deskmine.Privacy.Detection;

/// <summary>Runs detectors one after another over a text and replaces each detection by the detector's
/// placeholder.</summary>
public sealed class PiiRedactor
{
    private readonly IReadOnlyList<IPiiDetector> _detectors;

    /// <summary>Creates a redactor over <paramref name="detectors"/>, applied in list order.</summary>
    public PiiRedactor(IReadOnlyList<IPiiDetector> detectors)
    {
        ArgumentNullException.ThrowIfNull(detectors);
        _detectors = detectors;
    }

    /// <summary>A redactor with <see cref="PiiDetectors.Default"/>.</summary>
    public static PiiRedactor Default { get; } = new(PiiDetectors.Default);

    /// <summary>The text with every detection replaced.</summary>
    /// <param name="text">Text to redact.</param>
    /// <param name="onDetection">Called with the detector name once per replaced span (for statistics).</param>
    public string Redact(string text, Action<string>? onDetection = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var detector in _detectors)
        {
            StringBuilder? builder = null;
            var copied = 0;
            foreach (var match in detector.Find(text))
            {
                if (match.Start < copied || match.Length <= 0 || match.Start + match.Length > text.Length)
                    continue;
                builder ??= new StringBuilder(text.Length);
                builder.Append(text, copied, match.Start - copied).Append(detector.Placeholder);
                copied = match.Start + match.Length;
                onDetection?.Invoke(detector.Name);
            }
            if (builder is not null)
                text = builder.Append(text, copied, text.Length - copied).ToString();
        }
        return text;
    }
}
