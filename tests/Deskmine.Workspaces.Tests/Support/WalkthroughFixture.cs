using System.Buffers.Binary;
using System.Globalization;
using System.IO.Compression;
using System.IO.Hashing;
using System.Text;
using Deskmine.Core.Events;

namespace Deskmine.Workspaces.Tests.Support;

/// <summary>
/// Writes walkthrough folders as the recorder does (docs/walkthrough.md): the manifest, one event per line in
/// <see cref="UiEventJson"/>'s form, and PNG screenshots (solid colour, written with the framework's zlib stream and
/// CRC-32, since the reader only needs real PNG files of a known size).
/// </summary>
public static class WalkthroughFixture
{
    public const string Secret = "INV-98765-SECRET";

    /// <summary>Writes <paramref name="events"/> and a screenshot of <paramref name="width"/> × <paramref name="height"/> for every event naming one.</summary>
    public static string Write(string dir, string name, IReadOnlyList<UiEvent> events, int width = 800, int height = 600, string status = "stopped")
    {
        Directory.CreateDirectory(Path.Combine(dir, "screens"));
        var shots = 0;
        foreach (var e in events)
        {
            if (e.Attrs?.GetValueOrDefault("screenshot") is { } path)
            {
                File.WriteAllBytes(Path.Combine(dir, path), Png(width, height, (byte)(40 * shots), 120, 200));
                shots++;
            }
        }
        var manifest = $$$"""
            {"format": "deskmine-walkthrough/1", "name": "{{{name}}}", "started": "2026-12-05T13:20:00.000Z",
             "ended": "2026-12-05T13:22:00.000Z", "status": "{{{status}}}", "host": {"screen_w": 1280, "screen_h": 1024},
             "screenshots": {"taken": {{{shots + 1}}}, "dropped": 1, "redacted_boxes": 7}}
            """;
        File.WriteAllText(Path.Combine(dir, "walkthrough.json"), manifest);
        var lines = new StringBuilder();
        foreach (var e in events)
            lines.Append(Encoding.UTF8.GetString(UiEventJson.ToUtf8(e))).Append('\n');
        File.WriteAllText(Path.Combine(dir, "events.jsonl"), lines.ToString());
        return dir;
    }

    /// <summary>
    /// Posting an invoice: copy the invoice number in Excel, paste it into 'Reference' in SAP, type the date into
    /// 'Invoice date' (a typed value is planted to prove the guide never shows it), click 'Post'. Clicks carry
    /// screenshots of the window at (100, 50) with the click point in root coordinates.
    /// </summary>
    public static List<UiEvent> Invoice()
    {
        var list = new List<UiEvent>();
        void Add(string kind, string app, string window, string? role, string? name, int? x = null, int? y = null, string? hash = null, string? value = null, string? dropped = null)
        {
            var seq = list.Count + 1;
            var attrs = new Dictionary<string, string>(StringComparer.Ordinal);
            if (x is not null)
            {
                // A dropped screenshot keeps the step and the window's place, never a file (fail closed).
                if (dropped is null)
                    attrs["screenshot"] = string.Create(CultureInfo.InvariantCulture, $"screens/{seq:D6}.png");
                attrs["shot_x"] = "100";
                attrs["shot_y"] = "50";
                attrs["shot_w"] = "800";
                attrs["shot_h"] = "600";
            }
            if (dropped is not null)
                attrs["shot_dropped"] = dropped;
            list.Add(new UiEvent
            {
                Id = Guid.NewGuid(), Session = "walk", Seq = seq, Ts = 1_780_000_000_000_000 + seq * 4_000_000L, User = "u01", Team = "AP",
                Source = "x11", Kind = kind, App = app, Window = window, TargetRole = role, TargetName = name, X = x, Y = y,
                ValueHash = hash, Value = value, Attrs = attrs.Count > 0 ? attrs : null,
            });
        }
        const string Sheet = "invoices.xlsx - Excel";
        const string Miro = "MIRO Enter Incoming Invoice: Company Code 1000 - SAP";
        Add(EventKinds.Click, "EXCEL.EXE", Sheet, "cell", "B2", 300, 250);
        Add(EventKinds.Copy, "EXCEL.EXE", Sheet, "cell", "B2", hash: "h-invoice-number");
        Add(EventKinds.Click, "saplogon.exe", Miro, "text", "Reference", 420, 230);
        Add(EventKinds.Paste, "saplogon.exe", Miro, "text", "Reference", hash: "h-invoice-number");
        Add(EventKinds.Click, "saplogon.exe", Miro, "text", "Invoice date", 420, 270, dropped: "ocr_failed");
        Add(EventKinds.TextInput, "saplogon.exe", Miro, "text", "Invoice date", value: Secret);
        Add(EventKinds.Click, "saplogon.exe", Miro, "push button", "Post", 500, 600);
        return list;
    }

    /// <summary>A PNG of one colour.</summary>
    public static byte[] Png(int width, int height, byte r, byte g, byte b)
    {
        var raw = new byte[height * (1 + width * 3)];
        for (var y = 0; y < height; y++)
        {
            var row = y * (1 + width * 3);
            for (var x = 0; x < width; x++)
            {
                raw[row + 1 + x * 3] = r;
                raw[row + 2 + x * 3] = g;
                raw[row + 3 + x * 3] = b;
            }
        }
        using var png = new MemoryStream();
        png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8; // bit depth
        header[9] = 2; // truecolour
        Chunk(png, "IHDR", header);
        using (var data = new MemoryStream())
        {
            using (var z = new ZLibStream(data, CompressionLevel.Fastest, leaveOpen: true))
                z.Write(raw);
            Chunk(png, "IDAT", data.ToArray());
        }
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    private static void Chunk(Stream s, string type, byte[] data)
    {
        var buffer = new byte[4];
        BinaryPrimitives.WriteInt32BigEndian(buffer, data.Length);
        s.Write(buffer);
        var typed = Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        s.Write(typed);
        BinaryPrimitives.WriteUInt32BigEndian(buffer, Crc32.HashToUInt32(typed));
        s.Write(buffer);
    }
}
