namespace Deskmine.Reporting.Walkthroughs;

/// <summary>A screenshot read from a walkthrough folder, to embed in the HTML guide.</summary>
/// <param name="Png">The PNG file's bytes.</param>
/// <param name="Width">Width in pixels (from the PNG header).</param>
/// <param name="Height">Height in pixels (from the PNG header).</param>
public sealed record WalkthroughImage(byte[] Png, int Width, int Height);
