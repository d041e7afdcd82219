using System.Text;
using System.Text.Json;
using Deskmine.Capture.Agent;
using Deskmine.Cli.Tests.Support;
using Deskmine.Core.Events;
using Deskmine.Server;
using Deskmine.Storage.Workspaces;

namespace Deskmine.Cli.Tests.Commands;

/// <summary>
/// The whole collection chain with real parts: agent pipeline (privacy filter) → SQLite spool → uploader →
/// Kestrel ingest (privacy filter again) → DuckDB workspace. A source is stood in for by writing events into the
/// pipeline, as the X11 source and the browser bridge do.
/// </summary>
public sealed class AgentToServerTests
{
    private const string Token = "e2e-device-token-31";
    private const string Canary = "canary-visible-e2e";

    private static readonly string[] Secrets =
    [
        "jane.doe@acme.com", "4111111111111111", "4111 1111 1111 1111", "DE89370400440532013000", "tok3nSecretValue99",
    ];

    [Fact]
    public async Task Recorded_events_reach_the_workspace_once_with_private_data_removed()
    {
        using var dir = new TempDir();
        File.WriteAllText(dir.File("policy.json"), "{}");
        var server = await IngestServer.StartAsync(new ServerOptions
        {
            Workspace = dir.File("ws"),
            Urls = ["http://127.0.0.1:0"],
            Tokens = [Token],
        });
        try
        {
            using (var agent = AgentHost.Start(new AgentOptions
            {
                PolicyPath = dir.File("policy.json"),
                SpoolDirectory = dir.File("spool"),
                RecordDesktop = false,
                BridgePort = 0,
                Server = server.Addresses[0],
                ServerToken = Token,
            }))
            {
                foreach (var e in PlantedEvents())
                    agent.Pipeline.Write(e);
                using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(60));
                var run = agent.RunAsync(stop.Token);
                using var client = new HttpClient { BaseAddress = server.Addresses[0] };
                client.DefaultRequestHeaders.Authorization = new("Bearer", Token);
                await WaitUntil(async () => await StoredCount(client) >= 4, stop.Token);
                await stop.CancelAsync();
                await run;
            }
        }
        finally
        {
            await server.DisposeAsync();
        }

        using (var ws = Workspace.OpenReadOnly(dir.File("ws")))
        {
            var stored = ws.Events.ReadEvents().ToList();
            Assert.Equal(4, stored.Count);
            Assert.Equal(stored.Count, stored.Select(e => e.Id).Distinct().Count());
            Assert.Equal([0L, 1L, 2L, 3L], stored.Select(e => e.Seq).Order());
            Assert.Contains(stored, e => e.TargetName == Canary);
            Assert.All(stored, e => Assert.StartsWith("u_", e.User, StringComparison.Ordinal));
        }
        var bytes = Directory.EnumerateFiles(dir.Path, "*", SearchOption.AllDirectories).SelectMany(File.ReadAllBytes).ToArray();
        Assert.True(Contains(bytes, Canary), "the byte scan must see plain text in the spool and workspace files");
        foreach (var secret in Secrets)
            Assert.False(Contains(bytes, secret), $"'{secret}' reached a file");
    }

    private static IEnumerable<UiEvent> PlantedEvents()
    {
        var t0 = new DateTimeOffset(2024, 3, 4, 9, 0, 0, TimeSpan.Zero);
        UiEvent At(int second, string kind) => new()
        {
            Id = Guid.CreateVersion7(t0.AddSeconds(second)),
            Ts = Core.Timestamps.ToMicros(t0.AddSeconds(second)),
            Source = "x11",
            Kind = kind,
            User = "jdoe",
            Machine = "pc-17",
            App = "OUTLOOK.EXE",
        };
        yield return At(0, EventKinds.AppSwitch) with { Window = "Invoice 4711 from jane.doe@acme.com - Outlook", TargetName = Canary };
        yield return At(1, EventKinds.Copy) with { Value = "4111 1111 1111 1111" };
        yield return At(2, EventKinds.TextInput) with { Value = "DE89370400440532013000", TargetName = "IBAN" };
        yield return At(3, EventKinds.Navigate) with { App = "chromium", Url = "https://erp.example.com/invoices/4711?token=tok3nSecretValue99" };
    }

    /// <summary>Events the server has stored, from its session report.</summary>
    private static async Task<long> StoredCount(HttpClient client)
    {
        using var report = JsonDocument.Parse(await client.GetStringAsync(new Uri("api/v1/sessions", UriKind.Relative)));
        return report.RootElement.GetProperty("sessions").EnumerateArray().Sum(s => s.GetProperty("events").GetInt64());
    }

    private static async Task WaitUntil(Func<Task<bool>> done, CancellationToken cancellation)
    {
        while (!await done())
            await Task.Delay(100, cancellation);
    }

    private static bool Contains(byte[] haystack, string needle) =>
        haystack.AsSpan().IndexOf(Encoding.UTF8.GetBytes(needle)) >= 0;
}
