using System.Runtime.InteropServices;
using Deskmine.Privacy;
using SkiaSharp;

namespace Deskmine.Capture.Walkthrough;

/// <summary>
/// Turns an in-memory screenshot into a redacted PNG: OCR reads the words, rows of words are checked with the
/// privacy filter's detectors and the policy's rules (<see cref="PrivacyFilter.FindSensitiveSpans"/>), and every
/// matching word box, every password field and every denied application's window is filled opaque before the
/// PNG is encoded. Fails closed: when OCR or the filter fails, there is no PNG, only the reason.
/// </summary>
internal sealed class ShotRedactor(PrivacyFilter filter, TesseractOcr ocr, ShotRedactionOptions options)
{
    private readonly ShotRedactionOptions _options = options.Validate();

    public ShotOutcome Redact(RawShot shot)
    {
        ArgumentNullException.ThrowIfNull(shot);
        using var bitmap = new SKBitmap(new SKImageInfo(shot.Width, shot.Height, SKColorType.Bgra8888, SKAlphaType.Opaque));
        Marshal.Copy(shot.Pixels, 0, bitmap.GetPixels(), shot.Pixels.Length);
        IReadOnlyList<OcrWord> words;
        try
        {
            words = ocr.Read(Gray(bitmap, _options.OcrScale, out var width, out var height), width, height);
        }
        catch (OcrException)
        {
            return ShotOutcome.Drop(ShotOutcome.OcrFailed, shot.Origin);
        }
        List<PixelBox> boxes;
        try
        {
            boxes = SensitiveBoxes(Unscale(words, _options.OcrScale));
        }
#pragma warning disable CA1031 // Fail closed: whatever the filter throws, the picture is not stored.
        catch (Exception)
#pragma warning restore CA1031
        {
            return ShotOutcome.Drop(ShotOutcome.FilterFailed, shot.Origin);
        }
        boxes.AddRange(shot.Opaque);
        using (var canvas = new SKCanvas(bitmap))
        using (var paint = new SKPaint { Color = SKColors.Black, Style = SKPaintStyle.Fill, IsAntialias = false })
        {
            foreach (var box in boxes)
                canvas.DrawRect(SKRect.Create(box.X, box.Y, box.Width, box.Height), paint);
        }
        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        return new ShotOutcome(data.ToArray(), shot.Origin, boxes.Count, null);
    }

    /// <summary>The word boxes to fill: what the filter finds on each row of words, and in conservative mode the
    /// words OCR may have misread.</summary>
    internal List<PixelBox> SensitiveBoxes(IReadOnlyList<OcrWord> words)
    {
        var boxes = new List<PixelBox>();
        foreach (var row in ScreenRows.Build(words))
        {
            var text = string.Join(' ', row.Select(w => w.Text));
            var starts = new int[row.Count];
            for (int i = 0, at = 0; i < row.Count; at += row[i].Text.Length + 1, i++)
                starts[i] = at;
            var hit = new bool[row.Count];
            foreach (var span in filter.FindSensitiveSpans(text))
            {
                for (var i = 0; i < row.Count; i++)
                {
                    if (starts[i] < span.Start + span.Length && span.Start < starts[i] + row[i].Text.Length)
                        hit[i] = true;
                }
            }
            if (_options.Conservative)
                MarkMisreadable(row, hit);
            SpreadOverGluedWords(row, hit);
            for (var i = 0; i < row.Count; i++)
            {
                if (hit[i])
                    boxes.Add(row[i].Box.Inflate(_options.Margin));
            }
        }
        return boxes;
    }

    // OCR sometimes splits one token where the picture has no space ("ben." | "meyer79@corp.example.net"): the
    // detector then matches only a part, and the other part is still the secret's. Words that touch (a gap narrower
    // than a sixth of the text height, well below a space) share their neighbour's fate.
    private static void SpreadOverGluedWords(List<OcrWord> row, bool[] hit)
    {
        for (var pass = 0; pass < 2; pass++)
        {
            for (var i = 0; i + 1 < row.Count; i++)
            {
                var gap = row[i + 1].Box.X - (row[i].Box.X + row[i].Box.Width);
                if (hit[i] == hit[i + 1] || gap * 6 > Math.Max(row[i].Box.Height, row[i + 1].Box.Height))
                    continue;
                hit[i] = hit[i + 1] = true;
            }
        }
    }

    private void MarkMisreadable(List<OcrWord> row, bool[] hit)
    {
        for (var i = 0; i < row.Count; i++)
        {
            if (!row[i].Text.Contains('@', StringComparison.Ordinal))
                continue;
            hit[i] = true;
            // An address OCR cut at a dot or after the @ ("anna." | "keller44@example.com", in monospace fonts the
            // dot stands apart): the neighbour that the cut character joins belongs to it.
            if (i > 0 && row[i - 1].Text[^1] is '.' or '_' or '-' or '+' && ScreenRows.Adjacent(row[i - 1], row[i]))
                hit[i - 1] = true;
            if (i + 1 < row.Count && (row[i].Text[^1] is '@' or '.' || row[i + 1].Text[0] is '.' or '@') && ScreenRows.Adjacent(row[i], row[i + 1]))
                hit[i + 1] = true;
        }
        // Runs of adjacent words with digits ("4111", "1111-1111", "DE89", or "DE9S" as OCR may read it): enough
        // digits together is a number worth hiding even when no validator accepts what OCR read.
        var start = 0;
        while (start < row.Count)
        {
            if (ScreenRows.Digits(row[start].Text) == 0)
            {
                start++;
                continue;
            }
            var end = start;
            var digits = ScreenRows.Digits(row[start].Text);
            while (end + 1 < row.Count && ScreenRows.Digits(row[end + 1].Text) > 0 && ScreenRows.Adjacent(row[end], row[end + 1]))
                digits += ScreenRows.Digits(row[++end].Text);
            if (digits >= _options.MinDigitsInRun)
            {
                for (var i = start; i <= end; i++)
                    hit[i] = true;
            }
            start = end + 1;
        }
    }

    private static List<OcrWord> Unscale(IReadOnlyList<OcrWord> words, int scale) =>
        scale == 1
            ? [.. words]
            : [.. words.Select(w => w with
            {
                Box = new PixelBox(w.Box.X / scale, w.Box.Y / scale, (w.Box.Width + scale - 1) / scale + 1, (w.Box.Height + scale - 1) / scale + 1),
            })];

    /// <summary>The image in grey, enlarged <paramref name="scale"/> times, one byte per pixel without padding.</summary>
    private static byte[] Gray(SKBitmap bitmap, int scale, out int width, out int height)
    {
        width = bitmap.Width * scale;
        height = bitmap.Height * scale;
        using var gray = new SKBitmap(new SKImageInfo(width, height, SKColorType.Gray8, SKAlphaType.Opaque));
        using (var pixmap = gray.PeekPixels())
        {
            if (!bitmap.PeekPixels().ScalePixels(pixmap, new SKSamplingOptions(SKCubicResampler.CatmullRom)))
                throw new OcrException("the image could not be scaled for OCR");
        }
        var bytes = new byte[width * height];
        var rowBytes = gray.RowBytes;
        var source = gray.GetPixels();
        for (var row = 0; row < height; row++)
            Marshal.Copy(source + row * rowBytes, bytes, row * width, width);
        return bytes;
    }
}
