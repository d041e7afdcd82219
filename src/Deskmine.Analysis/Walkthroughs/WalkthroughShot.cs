namespace Deskmine.Analysis.Walkthroughs;

/// <summary>The screenshot of a walkthrough step, as the recorder stored it (already redacted on the device).</summary>
/// <param name="Path">Path of the PNG relative to the walkthrough folder (<c>screens/000012.png</c>), or <c>null</c> when it was dropped.</param>
/// <param name="Width">Width of the captured window in pixels, when the recorder gave it.</param>
/// <param name="Height">Height of the captured window in pixels, when the recorder gave it.</param>
/// <param name="ClickX">Where the step clicked, in pixels from the window's left edge, or <c>null</c>.</param>
/// <param name="ClickY">Where the step clicked, in pixels from the window's top edge, or <c>null</c>.</param>
/// <param name="Dropped">Why the screenshot was dropped (<c>ocr_failed</c>, <c>filter_failed</c>, <c>capture_failed</c>), or <c>null</c>.</param>
public sealed record WalkthroughShot(string? Path, int? Width, int? Height, int? ClickX, int? ClickY, string? Dropped);
