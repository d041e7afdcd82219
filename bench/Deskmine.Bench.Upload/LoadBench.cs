using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Deskmine.Core.Events;
using Deskmine.Server;
using Deskmine.Server.Access;

/// <summary>
/// Many simulated agents sending at once over loopback while an analyst reads: sustained events/s, request latency
/// (p50, p99), 503 retries, and zero loss proven by every session's sequence numbers (GET /api/v1/sessions).
/// </summary>
internal static class LoadBench
{
    private const string Token = "bench-load-token";
    private const string Password = "bench analyst password";

    public static async Task<int> RunAsync(int agents, int batch, int total)
    {
        var root = Path.Combine(Path.GetTempPath(), "deskmine-load-" + Guid.NewGuid().ToString("N"));
        try
        {
            var ws = Path.Combine(root, "ws");
            System.IO.Directory.CreateDirectory(ws);
            using (var ws0 = Deskmine.Storage.Workspaces.Workspace.Open(ws))
            {
            }
            AccessStore.Open(ws).AddUser("analyst", Role.Analyst, Password);
            await using var server = await IngestServer.StartAsync(new ServerOptions
            {
                Workspace = ws, Urls = ["http://127.0.0.1:0"], Tokens = [Token], RequestsPerSecond = 0, ConfigureLogging = _ => { },
            });
            var address = server.Addresses[0];

            // Bodies are built before the clock starts: the agents' own JSON and gzip work is not the server's.
            var perAgent = total / agents / batch;
            var bodies = new byte[agents][][];
            for (var a = 0; a < agents; a++)
            {
                bodies[a] = new byte[perAgent][];
                for (var b = 0; b < perAgent; b++)
                    bodies[a][b] = Body($"agent-{a}", b * (long)batch, batch);
            }
            var sent = (long)agents * perAgent * batch;
            // Warm-up: a fifth as many events again, in sessions of their own, so the measured run sees a server that
            // has been running (compiled to its optimised tier) rather than one that is compiling its code as it goes.
            var warmPerAgent = Math.Max(1, perAgent / 5);
            var warmBodies = new byte[agents][][];
            for (var a = 0; a < agents; a++)
            {
                warmBodies[a] = new byte[warmPerAgent][];
                for (var b = 0; b < warmPerAgent; b++)
                    warmBodies[a][b] = Body($"{WarmUpPrefix}{a}", b * (long)batch, batch);
            }

            using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = agents + 4 };
            using var http = new HttpClient(handler) { BaseAddress = address, Timeout = TimeSpan.FromMinutes(5) };
            var analyst = await LoginAsync(http);
            await Task.WhenAll(warmBodies.Select(agentBodies => Task.Run(async () =>
            {
                foreach (var body in agentBodies)
                    await SendAsync(http, body, () => { });
            })));
            // ...and until a read snapshot holding the warm-up's events is published and its answers warmed, so the
            // reading side's code is compiled too (up to a minute).
            for (var wait = Stopwatch.StartNew(); wait.Elapsed < TimeSpan.FromMinutes(1) && !await WarmedAsync(http, analyst);)
                await Task.Delay(250);
            foreach (var path in AnalystPaths)
                await ReadAsync(http, analyst, path);
            await Task.Delay(TimeSpan.FromSeconds(2));
            var latencies = new List<double>[agents];
            var retries = 0L;
            using var stop = new CancellationTokenSource();
            var reads = new List<double>();
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            var reading = Task.Run(async () =>
            {
                // The analyst: overview, task types and the default map, again and again, while the agents send.
                while (!stop.IsCancellationRequested)
                {
                    foreach (var path in AnalystPaths)
                    {
                        var t = Stopwatch.StartNew();
                        await ReadAsync(http, analyst, path);
                        lock (reads)
                            reads.Add(t.Elapsed.TotalMilliseconds);
                    }
                    await Task.Delay(200);
                }
            });
            await Task.WhenAll(Enumerable.Range(0, agents).Select(a => Task.Run(async () =>
            {
                latencies[a] = new List<double>(perAgent);
                foreach (var body in bodies[a])
                {
                    var t = Stopwatch.StartNew();
                    await SendAsync(http, body, () => Interlocked.Increment(ref retries));
                    latencies[a].Add(t.Elapsed.TotalMilliseconds);
                }
            })));
            var elapsed = clock.Elapsed;
            var cpuUsed = Process.GetCurrentProcess().TotalProcessorTime - cpu;
            await stop.CancelAsync();
            await reading;

            // Zero loss: every agent's session holds every sequence number it sent, none missing, none twice.
            using var status = new HttpRequestMessage(HttpMethod.Get, "api/v1/sessions");
            status.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token);
            using var sessions = await http.SendAsync(status);
            sessions.EnsureSuccessStatusCode();
            var list = (await sessions.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("sessions").EnumerateArray()
                .Where(s => !s.GetProperty("session").GetString()!.StartsWith(WarmUpPrefix, StringComparison.Ordinal)).ToList();
            var stored = list.Sum(s => s.GetProperty("events").GetInt64());
            var missing = list.Sum(s => s.GetProperty("missing_count").GetInt64());
            var complete = list.Count == agents && list.All(s => s.GetProperty("distinct_seqs").GetInt64() == (long)perAgent * batch
                && s.GetProperty("last_seq").GetInt64() == ((long)perAgent * batch) - 1 && s.GetProperty("missing_count").GetInt64() == 0);

            var all = latencies.SelectMany(l => l).Order().ToList();
            var readOrder = reads.Order().ToList();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {agents} agents × batches of {batch} | {sent:N0} | {stored:N0} | {missing} | {(complete ? "yes" : "NO")} | {elapsed.TotalSeconds:F1} | {sent / elapsed.TotalSeconds:N0} | {Percentile(all, 0.5):F0} | {Percentile(all, 0.99):F0} | {retries} | {readOrder.Count} reads, p50 {Percentile(readOrder, 0.5):F0} ms, p99 {Percentile(readOrder, 0.99):F0} ms | {cpuUsed.TotalSeconds:F1} |"));
            return complete && stored == sent ? 0 : 1;
        }
        finally
        {
            try
            {
                System.IO.Directory.Delete(root, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }

    private const string WarmUpPrefix = "warmup-";

    // The analyst: overview, case notions, the default map and the status.
    private static readonly string[] AnalystPaths = ["api/v1/overview", "api/v1/case-notions", "api/v1/map?activities=80&paths=50", "api/v1/status"];

    // Sends one batch, again after Retry-After for as long as the server answers 503 (each counted by onRetry).
    private static async Task SendAsync(HttpClient http, byte[] body, Action onRetry)
    {
        while (true)
        {
            using var content = new ByteArrayContent(body);
            content.Headers.ContentType = new("application/json");
            content.Headers.ContentEncoding.Add("gzip");
            using var request = new HttpRequestMessage(HttpMethod.Post, "api/v1/events") { Content = content };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token);
            using var response = await http.SendAsync(request);
            if (response.StatusCode == HttpStatusCode.ServiceUnavailable)
            {
                onRetry();
                await Task.Delay(TimeSpan.FromSeconds(response.Headers.RetryAfter?.Delta?.TotalSeconds ?? 1));
                continue;
            }
            response.EnsureSuccessStatusCode();
            return;
        }
    }

    // Whether a snapshot after the first (which was published empty at start) is being served and fully warmed.
    private static async Task<bool> WarmedAsync(HttpClient http, string analyst)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "api/v1/status");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", analyst);
        using var response = await http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        var status = await response.Content.ReadFromJsonAsync<JsonElement>();
        return status.GetProperty("generation").GetInt64() >= 2 && status.GetProperty("warming") is var warming
            && !warming.GetProperty("running").GetBoolean() && warming.GetProperty("generation").GetInt64() == status.GetProperty("generation").GetInt64();
    }

    private static async Task ReadAsync(HttpClient http, string analyst, string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", analyst);
        using var response = await http.SendAsync(request);
        response.EnsureSuccessStatusCode();
    }

    public static void Header()
    {
        Console.WriteLine("| load | events sent | stored | missing seqs | every seq of every session | seconds | events/s | p50 ms | p99 ms | 503 retries | analyst reads meanwhile | server+agents CPU s |");
        Console.WriteLine("|---|---:|---:|---:|---|---:|---:|---:|---:|---:|---|---:|");
    }

    private static async Task<string> LoginAsync(HttpClient http)
    {
        using var response = await http.PostAsJsonAsync("api/v1/login", new { name = "analyst", password = Password });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString()!;
    }

    private static double Percentile(List<double> sorted, double p) =>
        sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];

    private static byte[] Body(string session, long firstSeq, int count)
    {
        using var buffer = new MemoryStream();
        using (var zip = new GZipStream(buffer, CompressionLevel.Fastest))
        using (var writer = new Utf8JsonWriter(zip))
        {
            writer.WriteStartObject();
            writer.WriteString("device", "bench");
            writer.WriteStartArray("events");
            for (var i = 0; i < count; i++)
            {
                var seq = firstSeq + i;
                UiEventJson.Write(writer, new UiEvent
                {
                    Id = Guid.CreateVersion7(),
                    Session = session,
                    Seq = seq,
                    Ts = 1_700_000_000_000_000 + (seq * 1000L),
                    Source = "x11",
                    Kind = seq % 3 == 0 ? EventKinds.Click : EventKinds.KeyShortcut,
                    App = "erp",
                    Window = "Invoice <num> – SAP",
                    TargetRole = "push button",
                    TargetName = "Save",
                    User = "u_" + session,
                    Machine = "m_77c1",
                    Attrs = new Dictionary<string, string> { ["sheet"] = "Sheet1" },
                });
            }
            writer.WriteEndArray();
            writer.WriteEndObject();
        }
        return buffer.ToArray();
    }
}
