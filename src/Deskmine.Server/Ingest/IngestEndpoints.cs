using Deskmine.Server.Auth;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;

namespace Deskmine.Server.Ingest;

/// <summary>The routes of the ingest API (see <c>docs/server.md</c>).</summary>
internal static partial class IngestEndpoints
{
    public static void Map(IEndpointRouteBuilder app, ServerOptions options, DeviceTokens tokens, EventIngestor ingestor, ILogger logger)
    {
        var reader = new BatchReader(options);
        // Bodies wait here before they are read: a burst of compression bombs then costs a few buffers, not one each.
        var gate = new SemaphoreSlim(options.MaxConcurrentBatches, options.MaxConcurrentBatches);

        app.MapGet("/healthz", () => Results.Json(new Dictionary<string, object> { ["status"] = "ok" }));

        app.MapPost("/api/v1/events", async (HttpRequest request, CancellationToken cancellationToken) =>
        {
            if (!tokens.IsAuthorized(request.Headers.Authorization))
            {
                LogRefused(logger, 401);
                return Problems.Unauthorized();
            }
            await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
            IngestResult result;
            try
            {
                var (events, problem) = await reader.ReadAsync(request, cancellationToken).ConfigureAwait(false);
                if (problem is not null)
                {
                    LogRefused(logger, StatusOf(problem));
                    return problem;
                }
                result = ingestor.Ingest(events!);
            }
            finally
            {
                gate.Release();
            }
            LogBatch(logger, result.Received, result.Stored, result.Duplicates, result.Filtered);
            return Results.Json(new Dictionary<string, object>
            {
                ["received"] = result.Received,
                ["stored"] = result.Stored,
                ["duplicates"] = result.Duplicates,
                ["filtered"] = result.Filtered,
            });
        });

        app.MapGet("/api/v1/sessions", (HttpRequest request) =>
        {
            if (!tokens.IsAuthorized(request.Headers.Authorization))
                return Problems.Unauthorized();
            var sessions = ingestor.Sessions().Select(s => new Dictionary<string, object>
            {
                ["session"] = s.Session,
                ["events"] = s.Events,
                ["distinct_seqs"] = s.DistinctSeqs,
                ["first_seq"] = s.FirstSeq,
                ["last_seq"] = s.LastSeq,
                ["missing_count"] = s.MissingCount,
                ["missing"] = s.Missing.Select(r => new[] { r.From, r.To }).ToList(),
            }).ToList();
            return Results.Json(new Dictionary<string, object> { ["sessions"] = sessions });
        });
    }

    private static int StatusOf(IResult problem) => problem is IStatusCodeHttpResult { StatusCode: { } s } ? s : 400;

    // Counts only: the log must never carry event content, tokens or device names.
    [LoggerMessage(Level = LogLevel.Information, Message = "batch of {Received} events: {Stored} stored, {Duplicates} already known, {Filtered} dropped by the privacy filter")]
    private static partial void LogBatch(ILogger logger, int received, long stored, long duplicates, int filtered);

    [LoggerMessage(Level = LogLevel.Warning, Message = "batch refused with status {Status}")]
    private static partial void LogRefused(ILogger logger, int status);
}
