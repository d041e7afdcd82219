namespace Deskmine.Capture.Walkthrough;

/// <summary>How a walkthrough screenshot is redacted (<see cref="ShotRedactor"/>).</summary>
public sealed record ShotRedactionOptions
{
    /// <summary>The image is enlarged this many times for OCR (default 2): user-interface text of 9–12 px is
    /// below what tesseract reads well; at 2× it reads most labels. 1 is faster and misses more.</summary>
    public int OcrScale { get; init; } = 2;

    /// <summary>Pixels added on every side of a filled text box (default 3), so anti-aliased edges go too.</summary>
    public int Margin { get; init; } = 3;

    /// <summary>
    /// Beyond the privacy filter's detectors, also fill what OCR may have misread into something the detectors
    /// reject (default on): every word with an <c>@</c>, and every run of adjacent words with digits on one row with at least
    /// <see cref="MinDigitsInRun"/> digits (a card number read with one wrong digit fails the Luhn check, but is
    /// still a card number on the picture).
    /// </summary>
    public bool Conservative { get; init; } = true;

    /// <summary>Digits a run of words needs to be filled in conservative mode (default 8).</summary>
    public int MinDigitsInRun { get; init; } = 8;

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> for unusable values.</summary>
    public ShotRedactionOptions Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(OcrScale, 1, nameof(OcrScale));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(OcrScale, 4, nameof(OcrScale));
        ArgumentOutOfRangeException.ThrowIfNegative(Margin, nameof(Margin));
        ArgumentOutOfRangeException.ThrowIfLessThan(MinDigitsInRun, 4, nameof(MinDigitsInRun));
        return this;
    }
}
