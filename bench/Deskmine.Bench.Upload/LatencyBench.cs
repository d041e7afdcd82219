using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Deskmine.Server;
using Deskmine.Server.Access;
using Deskmine.Simulation;
using Deskmine.Storage.Workspaces;
using Deskmine.Workspaces.Recognition;
using Deskmine.Workspaces.Simulations;

/// <summary>
/// Dashboard latency: fills a workspace with the simulator (DAYS working days of 3 teams of 7), mines it, starts the
/// server, waits until the read model is warm, then times every endpoint the dashboard calls — the first call and
/// the next (cached) one — as an analyst over loopback.
/// </summary>
internal static class LatencyBench
{
    private const string Password = "bench analyst password";

    public static async Task<int> RunAsync(int days, string? keep)
    {
        var ws = keep ?? Path.Combine(Path.GetTempPath(), "deskmine-latency-" + Guid.NewGuid().ToString("N"));
        try
        {
            var clock = Stopwatch.StartNew();
            long events;
            if (!Directory.Exists(ws) || !File.Exists(Path.Combine(ws, "access.sqlite")))
            {
                using (var workspace = Workspace.Open(ws))
                {
                    events = SimulationRun.Run(workspace, new SimulationOptions { Seed = 5, Days = days });
                    Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"simulated {events:N0} events in {clock.Elapsed.TotalSeconds:F0} s"));
                    RecognitionRun.Run(workspace);
                    Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"mined in {clock.Elapsed.TotalSeconds:F0} s"));
                }
                AccessStore.Open(ws).AddUser("analyst", Role.Analyst, Password);
            }
            // The peak of the server alone, not of simulating and mining before it ("5" resets VmHWM, see proc(5)).
            GC.Collect();
            if (File.Exists("/proc/self/clear_refs"))
                File.WriteAllText("/proc/self/clear_refs", "5");
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var start = Stopwatch.StartNew();
            await using var server = await IngestServer.StartAsync(new ServerOptions
            {
                Workspace = ws, Urls = ["http://127.0.0.1:0"], RequestsPerSecond = 0, ConfigureLogging = _ => { },
            });
            using var http = new HttpClient { BaseAddress = server.Addresses[0], Timeout = TimeSpan.FromMinutes(10) };
            using (var login = await http.PostAsJsonAsync("api/v1/login", new { name = "analyst", password = Password }))
            {
                login.EnsureSuccessStatusCode();
                http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString());
            }
            JsonElement status;
            // The highest resident memory seen while each warm step ran (sampled with the status, every 200 ms).
            var stepMemory = new List<(string Step, long Bytes)>();
            while (true)
            {
                status = await http.GetFromJsonAsync<JsonElement>("api/v1/status");
                var w = status.GetProperty("warming");
                var running = w.GetProperty("step") is { ValueKind: JsonValueKind.String } s ? s.GetString()! : "(between steps)";
                var rss = ResidentBytes("VmRSS");
                if (stepMemory.Count == 0 || stepMemory[^1].Step != running)
                    stepMemory.Add((running, rss));
                else if (rss > stepMemory[^1].Bytes)
                    stepMemory[^1] = (running, rss);
                if (!w.GetProperty("running").GetBoolean() && w.GetProperty("done").GetInt32() == w.GetProperty("steps").GetInt32() && w.GetProperty("steps").GetInt32() > 0)
                    break;
                await Task.Delay(200);
            }
            var warm = start.Elapsed;
            var warmCpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
            var warmPeak = ResidentBytes("VmHWM");
            var overview = await http.GetFromJsonAsync<JsonElement>("api/v1/overview");
            events = overview.GetProperty("events").GetInt64();
            var team = overview.GetProperty("teams")[0].GetString()!;
            var map = await http.GetFromJsonAsync<JsonElement>("api/v1/map?activities=80&paths=50&case=mined&activity=step");
            var step = map.GetProperty("activities").EnumerateObject().First().Name;
            var task = (await http.GetFromJsonAsync<JsonElement>("api/v1/tasks"))[0].GetProperty("id").GetString()!;

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{events:N0} events; server start to warm read model {warm.TotalSeconds:F1} s ({warmCpu.TotalSeconds:F1} CPU-s); failed warm step: {status.GetProperty("warming").GetProperty("failed")}"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"peak resident memory of the process up to warm: {warmPeak / 1048576.0:N0} MB; largest sampled per warm step: {string.Join(", ", stepMemory.Select(m => $"{m.Step} {m.Bytes / 1048576.0:N0} MB"))}"));
            Console.WriteLine("| endpoint (as the dashboard calls it) | first call ms | next call ms | CPU ms (first) | CPU ms (next) | answer KB |");
            Console.WriteLine("|---|---:|---:|---:|---:|---:|");
            string[] paths =
            [
                "api/v1/overview", "api/v1/case-notions", "api/v1/tasks", "api/v1/candidates", "api/v1/teams", "api/v1/guides",
                // As the dashboard asks: maps without their variants, the variants 10 at a time.
                "api/v1/map?activities=80&paths=50&case=mined&activity=step&variants=0", "api/v1/variants?activities=80&paths=50&case=mined&activity=step&limit=10",
                "api/v1/map?activities=10&paths=50&case=mined&activity=step&variants=0",
                "api/v1/map?activities=80&paths=50&case=mined&activity=step&variants=0&team=" + Uri.EscapeDataString(team),
                "api/v1/map?activities=80&paths=50&case=mined&activity=step&variants=0&task_type=" + Uri.EscapeDataString(task),
                "api/v1/map?activities=80&paths=50&case=mined&activity=app,kind&variants=0",
                "api/v1/steps/events?activities=80&paths=50&case=mined&activity=step&step=" + Uri.EscapeDataString(step),
            ];
            var slow = 0;
            foreach (var path in paths)
            {
                var (first, firstCpu, size) = await TimeAsync(http, path);
                var (next, nextCpu, _) = await TimeAsync(http, path);
                slow += first > 500 || next > 500 ? 1 : 0;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| `{path.Replace("api/v1/", "", StringComparison.Ordinal)}` | {first:F0} | {next:F0} | {firstCpu:F0} | {nextCpu:F0} | {size / 1024.0:F0} |"));
            }
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"peak resident memory of the process at the end: {ResidentBytes("VmHWM") / 1048576.0:N0} MB"));
            return slow == 0 ? 0 : 1;
        }
        finally
        {
            if (keep is null)
            {
                try
                {
                    Directory.Delete(ws, recursive: true);
                }
                catch (IOException)
                {
                }
            }
        }
    }

    /// <summary>A memory figure of this process from <c>/proc/self/status</c> (<c>VmRSS</c> now, <c>VmHWM</c> the peak), in bytes; 0 where there is none.</summary>
    private static long ResidentBytes(string field)
    {
        const string path = "/proc/self/status";
        if (!File.Exists(path))
            return 0;
        foreach (var line in File.ReadLines(path))
        {
            if (line.StartsWith(field + ":", StringComparison.Ordinal))
                return long.Parse(line[(field.Length + 1)..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) * 1024;
        }
        return 0;
    }

    /// <remarks>The CPU time is the whole process's: the server's and this client's reading of the answer.</remarks>
    private static async Task<(double Ms, double CpuMs, long Bytes)> TimeAsync(HttpClient http, string path)
    {
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var t = Stopwatch.StartNew();
        using var response = await http.GetAsync(path);
        var body = await response.Content.ReadAsByteArrayAsync();
        response.EnsureSuccessStatusCode();
        return (t.Elapsed.TotalMilliseconds, (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds, body.Length);
    }
}
