namespace Deskmine.Capture.Walkthrough;

/// <summary>What became of one screenshot: a redacted PNG, or the reason it was dropped.</summary>
/// <param name="Png">The redacted PNG; null when dropped.</param>
/// <param name="Origin">The captured rectangle in root coordinates.</param>
/// <param name="Boxes">Boxes filled opaque.</param>
/// <param name="Dropped">Why the screenshot was dropped (<c>capture_failed</c>, <c>ocr_failed</c>,
/// <c>filter_failed</c>); null when kept.</param>
internal sealed record ShotOutcome(byte[]? Png, PixelBox Origin, int Boxes, string? Dropped)
{
    public const string CaptureFailed = "capture_failed";
    public const string OcrFailed = "ocr_failed";
    public const string FilterFailed = "filter_failed";

    public static ShotOutcome Drop(string reason, PixelBox origin = default) => new(null, origin, 0, reason);
}
