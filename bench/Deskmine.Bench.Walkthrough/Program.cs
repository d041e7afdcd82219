using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using Deskmine.Capture.Walkthrough;
using Deskmine.Privacy;
using Deskmine.Privacy.Policies;
using SkiaSharp;

// Renders small forms (labels, values) with planted secrets (e-mail addresses, card numbers, IBANs, all valid) and
// ordinary texts in three fonts and three sizes, redacts each as the walkthrough recorder does, and reads the result
// back with OCR at 3× to see what survived. Usage: Deskmine.Bench.Walkthrough [--forms N] [--scale S] [--fast]
var forms = 20;
var scale = 2;
var conservative = true;
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--forms": forms = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
        case "--scale": scale = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
        case "--detectors-only": conservative = false; break;
        default: Console.Error.WriteLine($"unknown argument {args[i]}"); return 2;
    }
}
string[] fonts = ["/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"];
float[] sizes = [11, 13, 15];
string[] harmless =
[
    "Invoice total due", "Save as draft", "Quarterly report", "Purchase order approved", "Delivery address",
    "Payment terms net", "Customer reference", "Goods receipt posted", "Vendor master data", "Cost centre",
    "Shipping method", "Tax code", "Posting date", "Document type", "Currency EUR",
    "Approve and continue", "Open items list", "Credit memo", "Budget overview", "Expense category",
    "Travel request", "Sales order", "Return to sender", "Material number", "Plant and storage",
    "Profit centre", "Contract type", "Service entry sheet", "Account assignment", "Release strategy",
    "Billing block", "Partner function", "Incoming invoice", "Outgoing payment", "Bank statement",
    "Line item text", "Reason for rejection", "Company code", "Fiscal year", "Clearing document",
];
var inv = CultureInfo.InvariantCulture;
var random = new Random(4711);
var filter = new PrivacyFilter(CapturePolicy.Default with { OrgKey = new string('c', 64) });
var redactor = new ShotRedactor(filter, TesseractOcr.Default, new ShotRedactionOptions { OcrScale = scale, Conservative = conservative });
var times = new List<double>();
var bytes = new List<int>();
int planted = 0, readableBefore = 0, removed = 0, covered = 0, harmlessTotal = 0, harmlessBefore = 0, harmlessKept = 0, harmlessUntouched = 0;
for (var n = 0; n < forms; n++)
{
    var secrets = new[] { Secret(n * 2), Secret(n * 2 + 1) };
    var plain = new[] { harmless[(n * 2) % harmless.Length], harmless[(n * 2 + 1) % harmless.Length] };
    var lines = new[] { plain[0], $"{Label(n * 2)}: {secrets[0]}", plain[1], $"{Label(n * 2 + 1)}: {secrets[1]}" };
    var (shot, regions) = Render(lines, fonts[n % fonts.Length], sizes[n / fonts.Length % sizes.Length]);
    var before = Squeeze(Read(Png(shot)));
    var watch = Stopwatch.StartNew();
    var outcome = redactor.Redact(shot);
    watch.Stop();
    if (outcome.Png is null)
    {
        Console.Error.WriteLine($"form {n}: dropped ({outcome.Dropped})");
        continue;
    }
    if (Environment.GetEnvironmentVariable("DESKMINE_BENCH_KEEP") is { Length: > 0 } keep)
        File.WriteAllBytes(Path.Combine(keep, $"form-{n:D3}.png"), outcome.Png);
    times.Add(watch.Elapsed.TotalMilliseconds);
    bytes.Add(outcome.Png.Length);
    var after = Squeeze(Read(outcome.Png));
    using var redacted = SKBitmap.Decode(outcome.Png);
    // Lines 1 and 3 hold the secrets (after their label), lines 0 and 2 the ordinary texts.
    for (var k = 0; k < 2; k++)
    {
        if (InkCovered(shot, redacted, regions[2 * k + 1]))
            covered++;
        else
            Console.Error.WriteLine($"form {n}: ink of '{secrets[k]}' not covered completely");
        if (Untouched(shot, redacted, regions[2 * k]))
            harmlessUntouched++;
    }
    foreach (var secret in secrets)
    {
        planted++;
        if (Survives(secret, before))
            readableBefore++;
        if (!Survives(secret, after))
            removed++;
        else
            Console.Error.WriteLine($"form {n}: survived: {secret}");
    }
    foreach (var text in plain)
    {
        harmlessTotal++;
        if (before.Contains(Squeeze(text), StringComparison.Ordinal))
            harmlessBefore++;
        if (after.Contains(Squeeze(text), StringComparison.Ordinal))
            harmlessKept++;
        else
            Console.Error.WriteLine($"form {n}: harmless text lost: {text}");
    }
}
times.Sort();
bytes.Sort();
Console.WriteLine(string.Create(inv, $"forms {times.Count}, OCR scale {scale}, {(conservative ? "detectors + misreading guard" : "detectors only")}"));
Console.WriteLine(string.Create(inv, $"OCR + redaction per screenshot: median {times[times.Count / 2]:F0} ms, p90 {times[(int)(times.Count * 0.9)]:F0} ms, max {times[^1]:F0} ms"));
Console.WriteLine(string.Create(inv, $"PNG bytes per step: median {bytes[bytes.Count / 2] / 1024.0:F1} kB, max {bytes[^1] / 1024.0:F1} kB"));
Console.WriteLine(string.Create(inv, $"planted secrets unreadable after redaction: {removed}/{planted} (readable before: {readableBefore}/{planted}); every ink pixel covered: {covered}/{planted}"));
Console.WriteLine(string.Create(inv, $"harmless texts untouched (no pixel changed): {harmlessUntouched}/{harmlessTotal}; read back by OCR: {harmlessKept}/{harmlessTotal} (before: {harmlessBefore}/{harmlessTotal})"));
return 0;

string Secret(int i) => (i % 3) switch
{
    0 => $"{Pick(["anna", "ben", "chloe", "david", "emma", "felix"])}.{Pick(["schmidt", "meyer", "novak", "rossi", "keller"])}{random.Next(10, 99)}@{Pick(["example.com", "mail.example.org", "corp.example.net"])}",
    1 => Grouped(Card(), 4),
    _ => Grouped(Iban(), 4),
};

string Label(int i) => (i % 3) switch { 0 => "E-mail", 1 => "Card", _ => "IBAN" };

string Pick(string[] options) => options[random.Next(options.Length)];

string Card()
{
    var digits = "4" + string.Concat(Enumerable.Range(0, 14).Select(_ => random.Next(10).ToString(inv)));
    var sum = 0;
    for (var k = 0; k < digits.Length; k++)
    {
        var d = digits[digits.Length - 1 - k] - '0';
        if (k % 2 == 0)
            d = d * 2 > 9 ? d * 2 - 9 : d * 2;
        sum += d;
    }
    return digits + ((10 - sum % 10) % 10).ToString(inv);
}

string Iban()
{
    var bban = string.Concat(Enumerable.Range(0, 18).Select(_ => random.Next(10).ToString(inv)));
    // ISO 13616: check digits make (BBAN + "DE00" as digits) mod 97 == 1; D = 13, E = 14.
    var numeric = bban + "131400";
    var rest = 0;
    foreach (var c in numeric)
        rest = (rest * 10 + (c - '0')) % 97;
    return $"DE{98 - rest:D2}{bban}";
}

static string Grouped(string s, int n) => string.Join(' ', Enumerable.Range(0, (s.Length + n - 1) / n).Select(i => s.Substring(i * n, Math.Min(n, s.Length - i * n))));

// A secret survives when the verification OCR still reads its distinctive part: an e-mail's local part or domain,
// or any 8 consecutive digits of a card number or IBAN.
static bool Survives(string secret, string read)
{
    if (secret.Contains('@', StringComparison.Ordinal))
    {
        var at = secret.IndexOf('@', StringComparison.Ordinal);
        return read.Contains(Squeeze(secret[..at]), StringComparison.Ordinal) || read.Contains(Squeeze(secret[(at + 1)..]), StringComparison.Ordinal);
    }
    var digits = new string([.. secret.Where(char.IsAsciiDigit)]);
    for (var i = 0; i + 8 <= digits.Length; i++)
    {
        if (read.Contains(digits.Substring(i, 8), StringComparison.Ordinal))
            return true;
    }
    return false;
}

static string Squeeze(string text) => new([.. text.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant)]);

// Whether every pixel of ink (darker than the background) in the region is pure black after redaction.
static bool InkCovered(RawShot original, SKBitmap redacted, PixelBox region)
{
    for (var y = region.Y; y < region.Y + region.Height; y++)
    {
        for (var x = region.X; x < region.X + region.Width; x++)
        {
            var i = (y * original.Width + x) * 4;
            if (original.Pixels[i + 1] < 200 && redacted.GetPixel(x, y) != SKColors.Black)
                return false;
        }
    }
    return true;
}

// Whether no pixel of the region changed.
static bool Untouched(RawShot original, SKBitmap redacted, PixelBox region)
{
    for (var y = region.Y; y < region.Y + region.Height; y++)
    {
        for (var x = region.X; x < region.X + region.Width; x++)
        {
            var i = (y * original.Width + x) * 4;
            var p = redacted.GetPixel(x, y);
            if (p.Blue != original.Pixels[i] || p.Green != original.Pixels[i + 1] || p.Red != original.Pixels[i + 2])
                return false;
        }
    }
    return true;
}

// The shot and, per line, the region of its text (for a "Label: value" line, of the value only).
static (RawShot Shot, PixelBox[] Regions) Render(string[] lines, string fontFile, float size)
{
    using var typeface = SKTypeface.FromFile(fontFile);
    using var font = new SKFont(typeface, size);
    using var paint = new SKPaint { Color = new SKColor(30, 30, 30), IsAntialias = true };
    var lineHeight = (int)Math.Ceiling(size * 2.2);
    var width = 60 + (int)lines.Max(l => font.MeasureText(l));
    var height = 24 + lineHeight * lines.Length;
    using var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Bgra8888, SKAlphaType.Opaque));
    using (var canvas = new SKCanvas(bitmap))
    {
        canvas.Clear(new SKColor(242, 241, 240));
        for (var i = 0; i < lines.Length; i++)
            canvas.DrawText(lines[i], 24, 12 + lineHeight * (i + 1) - lineHeight / 3f, SKTextAlign.Left, font, paint);
    }
    var pixels = new byte[width * height * 4];
    Marshal.Copy(bitmap.GetPixels(), pixels, 0, pixels.Length);
    var regions = new PixelBox[lines.Length];
    for (var i = 0; i < lines.Length; i++)
    {
        var colon = lines[i].IndexOf(": ", StringComparison.Ordinal);
        var start = colon < 0 ? 0 : (int)font.MeasureText(lines[i][..(colon + 2)]);
        var end = (int)Math.Ceiling(font.MeasureText(lines[i]));
        regions[i] = new PixelBox(24 + start, 12 + lineHeight * i, end - start, lineHeight);
    }
    return (new RawShot(pixels, width, height, new PixelBox(0, 0, width, height), []), regions);
}

static byte[] Png(RawShot shot)
{
    using var bitmap = new SKBitmap(new SKImageInfo(shot.Width, shot.Height, SKColorType.Bgra8888, SKAlphaType.Opaque));
    Marshal.Copy(shot.Pixels, 0, bitmap.GetPixels(), shot.Pixels.Length);
    using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
    return data.ToArray();
}

static string Read(byte[] png)
{
    using var bitmap = SKBitmap.Decode(png);
    const int k = 3;
    using var gray = new SKBitmap(new SKImageInfo(bitmap.Width * k, bitmap.Height * k, SKColorType.Gray8, SKAlphaType.Opaque));
    using (var target = gray.PeekPixels())
        bitmap.PeekPixels().ScalePixels(target, new SKSamplingOptions(SKCubicResampler.CatmullRom));
    var bytes = new byte[gray.Width * gray.Height];
    for (var row = 0; row < gray.Height; row++)
        Marshal.Copy(gray.GetPixels() + row * gray.RowBytes, bytes, row * gray.Width, gray.Width);
    return string.Join(' ', TesseractOcr.Default.Read(bytes, gray.Width, gray.Height).Select(w => w.Text));
}
