namespace Deskmine.Capture.Walkthrough;

/// <summary>A rectangle in pixels (image or root coordinates, as the owner says).</summary>
/// <param name="X">Left edge.</param>
/// <param name="Y">Top edge.</param>
/// <param name="Width">Width.</param>
/// <param name="Height">Height.</param>
public readonly record struct PixelBox(int X, int Y, int Width, int Height)
{
    /// <summary>Whether the box covers no pixel.</summary>
    public bool IsEmpty => Width <= 0 || Height <= 0;

    /// <summary>The part of this box inside <paramref name="other"/> (empty when they do not meet).</summary>
    public PixelBox Intersect(PixelBox other)
    {
        var left = Math.Max(X, other.X);
        var top = Math.Max(Y, other.Y);
        var right = Math.Min(X + Width, other.X + other.Width);
        var bottom = Math.Min(Y + Height, other.Y + other.Height);
        return right <= left || bottom <= top ? default : new PixelBox(left, top, right - left, bottom - top);
    }

    /// <summary>The box moved by (<paramref name="dx"/>, <paramref name="dy"/>).</summary>
    public PixelBox Offset(int dx, int dy) => this with { X = X + dx, Y = Y + dy };

    /// <summary>The box grown by <paramref name="margin"/> pixels on every side.</summary>
    public PixelBox Inflate(int margin) => new(X - margin, Y - margin, Width + 2 * margin, Height + 2 * margin);
}
