namespace Deskmine.Capture.Walkthrough;

/// <summary>
/// An unredacted screenshot in memory only: it never reaches a file. <see cref="ShotRedactor"/> turns it into a
/// redacted PNG or drops it.
/// </summary>
/// <param name="Pixels">BGRA pixels, 4 bytes each, row after row without padding (alpha 255).</param>
/// <param name="Width">Width in pixels.</param>
/// <param name="Height">Height in pixels.</param>
/// <param name="Origin">The captured rectangle in root coordinates.</param>
/// <param name="Opaque">Boxes (image coordinates) filled whatever OCR finds: password fields and windows of
/// denied applications lying over the captured window.</param>
internal sealed record RawShot(byte[] Pixels, int Width, int Height, PixelBox Origin, IReadOnlyList<PixelBox> Opaque);
