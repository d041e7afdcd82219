using Deskmine.Core;
using Deskmine.Privacy;
using Deskmine.Server;
using Deskmine.Server.Ingest;
using Microsoft.AspNetCore.Http;

namespace Deskmine.Fuzz.Targets;

/// <summary>
/// The ingest server's body reader (<c>POST /api/v1/events</c>), plain and gzip, on a real ASP.NET Core request
/// object: allowed ends are a batch of valid events or a 4xx problem. Every accepted event then passes the server's
/// privacy filter, which must not fail on it and must leave its own output unchanged.
/// </summary>
internal static class UploadTarget
{
    private static readonly ServerOptions Options = new() { Workspace = "unused", Tokens = ["fuzz"], MaxRequestBytes = 1 << 20, MaxJsonBytes = 4 << 20 };
    private static readonly BatchReader Reader = new(Options);
    private static readonly PrivacyFilter Filter = new(Options.Policy);

    public static IEnumerable<FuzzTarget> All() =>
    [
        new("upload", "upload JSON body; finding: a 5xx or an exception, an accepted event the privacy filter fails on or changes twice",
            data => Read(data, gzip: false)),
        new("upload-gz", "gzip upload body (the fuzzer's bytes are the compressed body); findings as for upload",
            data => Read(data, gzip: true)),
    ];

    private static void Read(byte[] data, bool gzip)
    {
        var context = new DefaultHttpContext();
        context.Request.Method = "POST";
        context.Request.ContentType = "application/json";
        context.Request.ContentLength = data.Length;
        if (gzip)
            context.Request.Headers.ContentEncoding = "gzip";
        context.Request.Body = new MemoryStream(data, writable: false);
        var (events, problem) = Reader.ReadAsync(context.Request, CancellationToken.None).GetAwaiter().GetResult();
        if (problem is not null)
        {
            var status = (problem as IStatusCodeHttpResult)?.StatusCode;
            if (status is not (>= 400 and < 500))
                throw new InvariantBrokenException($"a refused body answered status {status?.ToString() ?? "none"}, not a 4xx problem");
            return;
        }
        foreach (var e in events ?? throw new InvariantBrokenException("neither events nor a problem"))
        {
            if (e.Ts is { } ts && !Timestamps.IsInRange(ts))
                throw new InvariantBrokenException($"accepted event {e.Id} has timestamp {ts} µs, outside years 1-9999");
            PrivacyTarget.FilterTwice(Filter, e);
        }
    }
}
