using System.Runtime.InteropServices;
using Deskmine.Capture.Walkthrough;
using SkiaSharp;

namespace Deskmine.Capture.Tests.Walkthrough;

/// <summary>Renders lines of text into an in-memory screenshot (DejaVu Sans, black on white), and reads text back
/// from a stored PNG with the same OCR program, enlarged more than the recorder does so that a verdict of "gone"
/// is not a misreading.</summary>
internal static class TextImages
{
    public const string Font = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";

    public static string? SkipReason =>
        !File.Exists(Font) ? "no DejaVu font (run scripts/ensure-desktop-test-deps.sh)"
        : Which("tesseract") is null ? "tesseract not installed (run scripts/ensure-desktop-test-deps.sh)"
        : null;

    public static RawShot Render(IReadOnlyList<string> lines, float size = 13, IReadOnlyList<PixelBox>? opaque = null)
    {
        using var typeface = SKTypeface.FromFile(Font);
        using var font = new SKFont(typeface, size);
        using var paint = new SKPaint { Color = SKColors.Black, IsAntialias = true };
        var lineHeight = (int)Math.Ceiling(size * 1.8);
        var width = 40 + (int)lines.Max(l => font.MeasureText(l));
        var height = 20 + lineHeight * lines.Count;
        using var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Bgra8888, SKAlphaType.Opaque));
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.White);
            for (var i = 0; i < lines.Count; i++)
                canvas.DrawText(lines[i], 20, 10 + lineHeight * (i + 1) - lineHeight / 3f, SKTextAlign.Left, font, paint);
        }
        var pixels = new byte[width * height * 4];
        Marshal.Copy(bitmap.GetPixels(), pixels, 0, pixels.Length);
        return new RawShot(pixels, width, height, new PixelBox(0, 0, width, height), opaque ?? []);
    }

    /// <summary>All text OCR reads on a PNG (enlarged three times), words joined by spaces.</summary>
    public static string ReadPng(byte[] png)
    {
        using var bitmap = SKBitmap.Decode(png) ?? throw new InvalidOperationException("not a PNG");
        const int scale = 3;
        using var gray = new SKBitmap(new SKImageInfo(bitmap.Width * scale, bitmap.Height * scale, SKColorType.Gray8, SKAlphaType.Opaque));
        using (var target = gray.PeekPixels())
            Assert.True(bitmap.PeekPixels().ScalePixels(target, new SKSamplingOptions(SKCubicResampler.CatmullRom)));
        var bytes = new byte[gray.Width * gray.Height];
        for (var row = 0; row < gray.Height; row++)
            Marshal.Copy(gray.GetPixels() + row * gray.RowBytes, bytes, row * gray.Width, gray.Width);
        return string.Join(' ', TesseractOcr.Default.Read(bytes, gray.Width, gray.Height).Select(w => w.Text));
    }

    /// <summary>Text without spaces and separators, lower-case: "4111 1111" and "4111-1111" both read "41111111".</summary>
    public static string Squeeze(string text) => new([.. text.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant)]);

    private static string? Which(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Select(d => Path.Combine(d, program)).FirstOrDefault(File.Exists);
}
