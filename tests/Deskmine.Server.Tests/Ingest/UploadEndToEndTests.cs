using Deskmine.Capture.Spool;
using Deskmine.Capture.Upload;
using Deskmine.Server.Tests.Support;

namespace Deskmine.Server.Tests.Ingest;

/// <summary>The real uploader against the real server, over loopback, with real time.</summary>
public sealed class UploadEndToEndTests : IDisposable
{
    private readonly string _spoolDir = Path.Combine(Path.GetTempPath(), "deskmine-spool-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_spoolDir))
            Directory.Delete(_spoolDir, recursive: true);
    }

    [Fact]
    public async Task The_uploader_drains_the_spool_into_the_workspace()
    {
        await using var server = await RunningServer.StartAsync();
        using var spool = SqliteSpool.Open(_spoolDir, new SpoolOptions { FlushEachCommit = false });
        spool.AppendBatch(Some.Session("ignored", 1234));
        using var http = new HttpClient();
        var uploader = new SpoolUploader(spool, http, Options(server.Address, batch: 100));
        Assert.Equal(1234, await uploader.UploadPendingAsync());
        Assert.Equal(0, spool.Stats().Pending);
        Assert.Equal(13, uploader.Status.Batches);

        var stored = await server.StoredEventsAsync();
        Assert.Equal(spool.ReadAll().Select(e => e.Id), stored.Select(e => e.Id));
        Assert.All(stored, e => Assert.Equal(spool.Session, e.Session));
    }

    [Fact]
    public async Task While_the_server_is_down_the_uploader_retries_and_afterwards_nothing_is_lost_or_doubled()
    {
        await using var server = await RunningServer.StartAsync();
        var port = server.Address.Port;
        using var spool = SqliteSpool.Open(_spoolDir, new SpoolOptions { FlushEachCommit = false });
        using var http = new HttpClient();
        var uploader = new SpoolUploader(spool, http, Options(server.Address, batch: 50));
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var run = uploader.RunAsync(cts.Token);

        spool.AppendBatch(Some.Session("x", 200));
        await Until(() => spool.Stats().Pending == 0);
        await server.StopAsync();

        spool.AppendBatch(Some.Session("x", 300)); // written while the server is away
        await Until(() => uploader.Status.Failures >= 3);
        Assert.Equal(300, spool.Stats().Pending);

        await server.StartAgainAsync(port: port);
        spool.AppendBatch(Some.Session("x", 100));
        await Until(() => spool.Stats().Pending == 0);
        await cts.CancelAsync();
        await run;

        var stored = await server.StoredEventsAsync();
        Assert.Equal(600, stored.Count);
        Assert.Equal(600, stored.Select(e => e.Id).Distinct().Count());
        Assert.Equal(Enumerable.Range(0, 600).Select(i => (long)i), stored.Select(e => e.Seq).Order());
        Assert.Equal(0, uploader.Status.ConsecutiveFailures);

        // The agent restarts and, unsure what arrived, sends everything it has again: nothing is stored twice.
        await server.StartAgainAsync();
        using var reopened = SqliteSpool.Open(_spoolDir);
        using var client = server.Client();
        var answer = await client.PostAsync("api/v1/events", RunningServer.Json(RunningServer.Batch(reopened.ReadAll())));
        answer.EnsureSuccessStatusCode();
        Assert.Equal(600, (await server.StoredEventsAsync()).Count);
    }

    private static UploadOptions Options(Uri server, int batch) => new()
    {
        Server = server,
        Token = RunningServer.Token,
        Device = "test-device",
        BatchSize = batch,
        InitialDelay = TimeSpan.FromMilliseconds(20),
        MaxDelay = TimeSpan.FromMilliseconds(200),
        IdleDelay = TimeSpan.FromMilliseconds(20),
    };

    private static async Task Until(Func<bool> condition)
    {
        var deadline = Environment.TickCount64 + 20_000;
        while (!condition())
        {
            Assert.True(Environment.TickCount64 < deadline, "condition not reached in 20 s");
            await Task.Delay(20);
        }
    }
}
