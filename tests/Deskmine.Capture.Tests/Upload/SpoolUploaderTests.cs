using System.IO.Compression;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Deskmine.Capture.Spool;
using Deskmine.Capture.Tests.Support;
using Deskmine.Capture.Upload;
using Microsoft.Extensions.Time.Testing;

namespace Deskmine.Capture.Tests.Upload;

public sealed class SpoolUploaderTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void The_payload_is_gzip_json_with_the_device_and_snake_case_schema_fields()
    {
        var e = Some.Event(3) with { TargetRole = "push button", ValueHash = "abc" };
        var body = SpoolUploader.Payload("dev-1", [e], gzip: true);
        using var inflated = new GZipStream(new MemoryStream(body), CompressionMode.Decompress);
        using var doc = JsonDocument.Parse(inflated);
        Assert.Equal("dev-1", doc.RootElement.GetProperty("device").GetString());
        var ev = doc.RootElement.GetProperty("events")[0];
        Assert.Equal(e.Id, ev.GetProperty("id").GetGuid());
        Assert.Equal("push button", ev.GetProperty("target_role").GetString());
        Assert.Equal("abc", ev.GetProperty("value_hash").GetString());
        Assert.False(ev.TryGetProperty("url", out _));
    }

    [Fact]
    public async Task While_the_server_is_away_attempts_are_spaced_by_the_backoff_on_the_given_clock()
    {
        using var spool = SqliteSpool.Open(_dir.Path);
        spool.AppendBatch(Some.Events(3));
        var time = new FakeTimeProvider();
        using var http = new HttpClient();
        var uploader = new SpoolUploader(spool, http, new UploadOptions
        {
            Server = new Uri($"http://127.0.0.1:{ClosedPort()}/"),
            Token = "t",
            Device = "d",
            InitialDelay = TimeSpan.FromSeconds(10),
            MaxDelay = TimeSpan.FromSeconds(80),
            TimeProvider = time,
            JitterSeed = 1,
        });
        using var cts = new CancellationTokenSource();
        var run = uploader.RunAsync(cts.Token);

        await Until(() => uploader.Status.Failures == 1);
        await Task.Delay(200); // let the uploader start its wait on the fake clock
        time.Advance(TimeSpan.FromSeconds(4.9)); // under half of the first nominal delay: no new attempt
        await Task.Delay(200);
        Assert.Equal(1, uploader.Status.Failures);
        // Advance in small steps: on a busy machine the uploader may register its wait a little late, and one big
        // jump taken before that would leave its timer in the future.
        await AdvanceUntil(time, () => uploader.Status.Failures == 2, TimeSpan.FromSeconds(30));
        await AdvanceUntil(time, () => uploader.Status.Failures == 3, TimeSpan.FromSeconds(60));

        Assert.Equal(3, uploader.Status.ConsecutiveFailures);
        Assert.Contains("not reachable", uploader.Status.LastError, StringComparison.Ordinal);
        Assert.Equal(3, spool.Stats().Pending); // nothing is given up while the server is away
        await cts.CancelAsync();
        await run.WaitAsync(TimeSpan.FromSeconds(10));
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private static async Task AdvanceUntil(FakeTimeProvider time, Func<bool> condition, TimeSpan limit)
    {
        var step = TimeSpan.FromMilliseconds(500);
        for (var advanced = TimeSpan.Zero; !condition() && advanced < limit; advanced += step)
        {
            time.Advance(step);
            await Task.Delay(20);
        }
        // The clock stops at the limit; an attempt it has let through may still be under way on a busy machine, so
        // real time (not more fake time) is given to it.
        await Until(condition);
    }

    private static async Task Until(Func<bool> condition)
    {
        var deadline = Environment.TickCount64 + 10_000;
        while (!condition())
        {
            Assert.True(Environment.TickCount64 < deadline, "condition not reached in 10 s");
            await Task.Delay(10);
        }
    }
}
