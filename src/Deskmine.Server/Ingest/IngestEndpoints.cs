using System.Security.Claims;
using Deskmine.Server.Access;
using Deskmine.Server.Auth;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;

namespace Deskmine.Server.Ingest;

/// <summary>The routes of the ingest API (see <c>docs/server.md</c>); who may call them is decided by their groups' policies.</summary>
internal static partial class IngestEndpoints
{
    /// <summary><c>POST /api/v1/events</c>, in the devices' group.</summary>
    public static void MapUpload(RouteGroupBuilder devices, ServerOptions options, EventIngestor ingestor, DeviceSessions sessions, ILogger logger)
    {
        var reader = new BatchReader(options);
        // Bodies wait here before they are read: a burst of compression bombs then costs a few buffers, not one each.
        var gate = new SemaphoreSlim(options.MaxConcurrentBatches, options.MaxConcurrentBatches);

        devices.MapPost("/events", async (HttpRequest request, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        {
            await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
            Task<IngestResult>? stored;
            try
            {
                var (events, problem) = await reader.ReadAsync(request, cancellationToken).ConfigureAwait(false);
                if (problem is not null)
                {
                    LogRefused(logger, StatusOf(problem));
                    return problem;
                }
                stored = ingestor.TryIngestAsync(events!);
            }
            finally
            {
                // The body is parsed and filtered: the next request may read its body while this one waits for the commit.
                gate.Release();
            }
            if (stored is null)
            {
                LogRefused(logger, 503);
                return Problems.Busy(RetryAfterSeconds);
            }
            // Answered only once the events are durable; not cancelled with the request (they are stored either way).
            var result = await stored.ConfigureAwait(false);
            sessions.Record(user.FindFirstValue(DeskmineClaims.Device)!, result.Sessions);
            LogBatch(logger, result.Received, result.Stored, result.Duplicates, result.Filtered);
            return Results.Json(new Dictionary<string, object>
            {
                ["received"] = result.Received,
                ["stored"] = result.Stored,
                ["duplicates"] = result.Duplicates,
                ["filtered"] = result.Filtered,
            });
        });
    }

    /// <summary>
    /// <c>GET /api/v1/sessions</c> and <c>GET /api/v1/agents/status</c>, in the upload-status group: a device sees the
    /// sessions it uploaded into and nothing else; an admin sees every session (audited).
    /// </summary>
    public static void MapStatus(RouteGroupBuilder status, EventIngestor ingestor, DeviceSessions sessions, AccessStore access)
    {
        IResult Status(ClaimsPrincipal user)
        {
            var device = user.FindFirstValue(DeskmineClaims.Device);
            var own = device is null ? null : sessions.Of(device);
            var list = ingestor.Sessions().Where(s => own is null || own.Contains(s.Session)).Select(s => new Dictionary<string, object>
            {
                ["session"] = s.Session,
                ["events"] = s.Events,
                ["distinct_seqs"] = s.DistinctSeqs,
                ["first_seq"] = s.FirstSeq,
                ["last_seq"] = s.LastSeq,
                ["missing_count"] = s.MissingCount,
                ["missing"] = s.Missing.Select(r => new[] { r.From, r.To }).ToList(),
            }).ToList();
            if (device is null)
                access.Audit(user.Identity!.Name!, "view.sessions", null, $"{list.Count} sessions");
            return Results.Json(new Dictionary<string, object> { ["sessions"] = list });
        }

        status.MapGet("/sessions", Status);
        status.MapGet("/agents/status", Status);
    }

    // A group commit takes well under a second; one second lets the queue drain without idling the agents long.
    private const int RetryAfterSeconds = 1;

    private static int StatusOf(IResult problem) => problem is IStatusCodeHttpResult { StatusCode: { } s } ? s : 400;

    // Counts only: the log must never carry event content, tokens or device names.
    [LoggerMessage(Level = LogLevel.Information, Message = "batch of {Received} events: {Stored} stored, {Duplicates} already known, {Filtered} dropped by the privacy filter")]
    private static partial void LogBatch(ILogger logger, int received, long stored, long duplicates, int filtered);

    [LoggerMessage(Level = LogLevel.Warning, Message = "batch refused with status {Status}")]
    private static partial void LogRefused(ILogger logger, int status);
}
