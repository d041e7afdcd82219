using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Net.Http.Headers;
using System.Text.Json;
using Deskmine.Capture.Spool;
using Deskmine.Capture.Upload;
using Deskmine.Core.Events;
using Deskmine.Server;

// Measures, over loopback on this machine: spool append rates, spool → server upload throughput (the uploader
// end to end), and the server's ingest rate for pre-built batches (new and replayed).
// 'load AGENTS BATCH TOTAL [AGENTS BATCH TOTAL …]': many agents at once while an analyst reads (LoadBench.cs).
if (args is ["load", ..])
{
    LoadBench.Header();
    var failed = 0;
    for (var i = 1; i + 2 < args.Length; i += 3)
        failed += await LoadBench.RunAsync(int.Parse(args[i], CultureInfo.InvariantCulture), int.Parse(args[i + 1], CultureInfo.InvariantCulture), int.Parse(args[i + 2], CultureInfo.InvariantCulture));
    return failed;
}
// 'latency DAYS [KEEP_DIR]': dashboard answers over a simulated, mined workspace (LatencyBench.cs).
if (args is ["latency", var daysText, ..])
    return await LatencyBench.RunAsync(int.Parse(daysText, CultureInfo.InvariantCulture), args.Length > 2 ? args[2] : null);
var total = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 100_000;
var root = Path.Combine(Path.GetTempPath(), "deskmine-bench-" + Guid.NewGuid().ToString("N"));
const string Token = "bench-token";
var rows = new List<string>();
try
{
    // 1. Spool appends: one event per transaction (how the agent writes) with both sync modes, and batches of 100.
    foreach (var (label, full, batch, n) in new[] { ("1/commit, synchronous=FULL", true, 1, 2_000), ("1/commit, synchronous=NORMAL", false, 1, 5_000), ("100/commit, FULL", true, 100, total) })
    {
        var dir = Path.Combine(root, "spool-" + rows.Count.ToString(CultureInfo.InvariantCulture));
        using var spool = SqliteSpool.Open(dir, new SpoolOptions { FlushEachCommit = full });
        var events = Events(n);
        var sw = Stopwatch.StartNew();
        for (var i = 0; i < n; i += batch)
            spool.AppendBatch(events.GetRange(i, Math.Min(batch, n - i)));
        rows.Add(Row($"spool append, {label}", n, sw.Elapsed));
    }

    // 2. Uploader end to end: spool → HTTP → server filter → DuckDB, gzip on and off.
    foreach (var gzip in new[] { true, false })
    {
        var ws = Path.Combine(root, "ws-upload-" + gzip.ToString(CultureInfo.InvariantCulture));
        await using var server = await IngestServer.StartAsync(new ServerOptions
        {
            Workspace = ws, Urls = ["http://127.0.0.1:0"], Tokens = [Token], ConfigureLogging = _ => { },
        });
        using var spool = SqliteSpool.Open(Path.Combine(root, "spool-up-" + gzip.ToString(CultureInfo.InvariantCulture)), new SpoolOptions { FlushEachCommit = false });
        var events = Events(total);
        for (var i = 0; i < total; i += 1000)
            spool.AppendBatch(events.GetRange(i, Math.Min(1000, total - i)));
        using var http = new HttpClient();
        var uploader = new SpoolUploader(spool, http, new UploadOptions { Server = server.Addresses[0], Token = Token, Device = "bench", BatchSize = 1000, Gzip = gzip });
        var sw = Stopwatch.StartNew();
        var sent = await uploader.UploadPendingAsync();
        rows.Add(Row($"upload spool → server, batches of 1000, gzip {(gzip ? "on" : "off")}", sent, sw.Elapsed));
    }

    // 3. Ingest alone: pre-built gzip batches posted straight to the server; then the same batches replayed.
    {
        var ws = Path.Combine(root, "ws-ingest");
        await using var server = await IngestServer.StartAsync(new ServerOptions
        {
            Workspace = ws, Urls = ["http://127.0.0.1:0"], Tokens = [Token], ConfigureLogging = _ => { },
        });
        var events = Events(total);
        var bodies = new List<byte[]>();
        for (var i = 0; i < total; i += 1000)
            bodies.Add(Gzip(events.GetRange(i, Math.Min(1000, total - i))));
        using var http = new HttpClient { BaseAddress = server.Addresses[0] };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        foreach (var label in new[] { "new events", "replayed (all duplicates)" })
        {
            var sw = Stopwatch.StartNew();
            foreach (var body in bodies)
            {
                var content = new ByteArrayContent(body);
                content.Headers.ContentType = new("application/json");
                content.Headers.ContentEncoding.Add("gzip");
                (await http.PostAsync("api/v1/events", content)).EnsureSuccessStatusCode();
            }
            rows.Add(Row($"ingest POST, batches of 1000 (gzip), {label}", total, sw.Elapsed));
        }
    }

    Console.WriteLine("| measurement | events | seconds | events/s |");
    Console.WriteLine("|---|---:|---:|---:|");
    foreach (var row in rows)
        Console.WriteLine(row);
}
finally
{
    Directory.Delete(root, recursive: true);
}
return 0;

static string Row(string what, long n, TimeSpan elapsed) => string.Create(CultureInfo.InvariantCulture,
    $"| {what} | {n:N0} | {elapsed.TotalSeconds:F2} | {n / elapsed.TotalSeconds:N0} |");

static List<UiEvent> Events(int n)
{
    var list = new List<UiEvent>(n);
    for (var i = 0; i < n; i++)
    {
        list.Add(new UiEvent
        {
            Id = Guid.CreateVersion7(),
            Ts = 1_700_000_000_000_000 + (i * 1000L),
            Source = "x11",
            Kind = i % 3 == 0 ? EventKinds.Click : EventKinds.KeyShortcut,
            App = "erp",
            Window = "Invoice <num> – SAP",
            TargetRole = "push button",
            TargetName = "Save",
            X = i % 1920,
            Y = i % 1080,
            User = "u_3f9a",
            Machine = "m_77c1",
            Attrs = new Dictionary<string, string> { ["sheet"] = "Sheet1" },
        });
    }
    return list;
}

static byte[] Gzip(List<UiEvent> events)
{
    using var buffer = new MemoryStream();
    using (var zip = new GZipStream(buffer, CompressionLevel.Fastest))
    using (var writer = new Utf8JsonWriter(zip))
    {
        writer.WriteStartObject();
        writer.WriteString("device", "bench");
        writer.WriteStartArray("events");
        foreach (var e in events)
            UiEventJson.Write(writer, e with { Session = "bench", Seq = SeqOf(e) });
        writer.WriteEndArray();
        writer.WriteEndObject();
    }
    return buffer.ToArray();

    static long SeqOf(UiEvent e) => (e.Ts!.Value - 1_700_000_000_000_000) / 1000;
}
