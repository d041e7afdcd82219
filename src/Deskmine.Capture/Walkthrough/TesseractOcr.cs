using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Deskmine.Capture.Walkthrough;

/// <summary>
/// Reads text on an image with Debian's <c>tesseract</c> program: the image goes to its standard input as a
/// grey-scale PGM and the words come back as TSV on standard output, so no unredacted picture is ever written
/// to a file. Any failure (program missing, non-zero exit, time-out, unreadable output) throws
/// <see cref="OcrException"/>: the caller drops the screenshot.
/// </summary>
internal sealed class TesseractOcr(string program, TimeSpan timeout)
{
    /// <summary>The program on the PATH, 20 s per image.</summary>
    public static TesseractOcr Default { get; } = new("tesseract", TimeSpan.FromSeconds(20));

    /// <summary>The words on a grey-scale image (<paramref name="gray"/>: one byte per pixel, rows without padding).</summary>
    public IReadOnlyList<OcrWord> Read(ReadOnlySpan<byte> gray, int width, int height)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(gray.Length, width * height, nameof(gray));
        var header = Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"P5\n{width} {height}\n255\n"));
        var input = new byte[header.Length + gray.Length];
        header.CopyTo(input, 0);
        gray.CopyTo(input.AsSpan(header.Length));
        // psm 11 (sparse text): a window is labels, fields and buttons scattered over the area, not a page.
        var info = new ProcessStartInfo(program)
        {
            ArgumentList = { "stdin", "stdout", "--psm", "11", "-l", "eng", "tsv" },
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        // One thread: the recorder runs beside the person's work, and tesseract's OpenMP threads cost more than
        // they save on small images.
        info.Environment["OMP_THREAD_LIMIT"] = "1";
        Process process;
        try
        {
            process = Process.Start(info) ?? throw new OcrException($"cannot start {program}");
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            throw new OcrException($"cannot start {program} (install tesseract-ocr): {ex.Message}", ex);
        }
        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            try
            {
                process.StandardInput.BaseStream.Write(input);
                process.StandardInput.Close();
            }
            catch (IOException ex)
            {
                Kill(process);
                throw new OcrException($"{program} did not read the image: {ex.Message}", ex);
            }
            if (!process.WaitForExit(timeout))
            {
                Kill(process);
                throw new OcrException($"{program} took longer than {timeout.TotalSeconds:0} s");
            }
            process.WaitForExit();
            if (process.ExitCode != 0)
                throw new OcrException($"{program} failed (exit {process.ExitCode}): {errors.Result.Trim()}");
            return Parse(output.Result);
        }
    }

    private static void Kill(Process process)
    {
        try
        {
            process.Kill(true);
        }
        catch (InvalidOperationException)
        {
        }
    }

    /// <summary>Words of tesseract's TSV (level 5 rows: level, page, block, paragraph, line, word, left, top,
    /// width, height, confidence, text).</summary>
    internal static List<OcrWord> Parse(string tsv)
    {
        var words = new List<OcrWord>();
        var lines = new Dictionary<(string, string, string, string), int>();
        var first = true;
        foreach (var row in tsv.Split('\n'))
        {
            if (first)
            {
                if (!row.StartsWith("level\t", StringComparison.Ordinal))
                    throw new OcrException("tesseract printed no TSV header");
                first = false;
                continue;
            }
            var cells = row.TrimEnd('\r').Split('\t');
            if (cells.Length < 12 || cells[0] != "5")
                continue;
            var text = string.Join('\t', cells[11..]);
            if (string.IsNullOrWhiteSpace(text))
                continue;
            if (!int.TryParse(cells[6], NumberStyles.Integer, CultureInfo.InvariantCulture, out var left)
                || !int.TryParse(cells[7], NumberStyles.Integer, CultureInfo.InvariantCulture, out var top)
                || !int.TryParse(cells[8], NumberStyles.Integer, CultureInfo.InvariantCulture, out var w)
                || !int.TryParse(cells[9], NumberStyles.Integer, CultureInfo.InvariantCulture, out var h))
                throw new OcrException($"tesseract TSV: unreadable box in row '{row}'");
            _ = double.TryParse(cells[10], NumberStyles.Float, CultureInfo.InvariantCulture, out var confidence);
            var key = (cells[1], cells[2], cells[3], cells[4]);
            if (!lines.TryGetValue(key, out var line))
                lines[key] = line = lines.Count;
            words.Add(new OcrWord(text, new PixelBox(left, top, w, h), line, confidence));
        }
        if (first)
            throw new OcrException("tesseract printed nothing");
        return words;
    }
}
