namespace Deskmine.Capture.Walkthrough;

/// <summary>One word OCR read on a screenshot.</summary>
/// <param name="Text">The word as read.</param>
/// <param name="Box">Where it is, in image coordinates.</param>
/// <param name="Line">Key of the text line the word belongs to (words of one line share it).</param>
/// <param name="Confidence">OCR confidence, 0–100.</param>
internal sealed record OcrWord(string Text, PixelBox Box, int Line, double Confidence);
