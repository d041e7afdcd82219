using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Deskmine.Capture.Spool;
using Deskmine.Core.Events;

namespace Deskmine.Capture.Upload;

/// <summary>
/// Sends the spool's pending events to the server in batches and marks them uploaded when the server answers
/// 2xx. Pending means "not acknowledged", so after a restart the uploader simply resumes; the server is
/// idempotent on event ids, so a batch sent twice (the answer was lost) is stored once.
/// </summary>
/// <remarks>
/// Answers: 2xx → uploaded; 400 naming bad events (<c>errors[].index</c>) → those are marked rejected and the
/// rest is sent again; 413 → the batch is halved (a single event too large is rejected); anything else (server
/// away, 401, 5xx, timeouts) → <see cref="UploadFailedException"/>, and <see cref="RunAsync"/> waits with
/// exponential backoff and jitter before trying again. Nothing is ever deleted for a transient failure.
/// </remarks>
public sealed class SpoolUploader
{
    private readonly SqliteSpool _spool;
    private readonly HttpClient _http;
    private readonly UploadOptions _options;
    private readonly RetryBackoff _backoff;
    private readonly Lock _statusGate = new();
    private UploadStatus _status = new(0, 0, 0, 0, 0, null);

    /// <summary>Creates an uploader of <paramref name="spool"/> over <paramref name="http"/> (not disposed here).</summary>
    public SpoolUploader(SqliteSpool spool, HttpClient http, UploadOptions options)
    {
        ArgumentNullException.ThrowIfNull(spool);
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _spool = spool;
        _http = http;
        _options = options;
        _backoff = new RetryBackoff(options.InitialDelay, options.MaxDelay,
            options.JitterSeed is { } seed ? new Random(seed) : new Random());
    }

    /// <summary>What has happened so far.</summary>
    public UploadStatus Status
    {
        get
        {
            lock (_statusGate)
                return _status;
        }
    }

    /// <summary>
    /// Uploads until the spool has nothing pending; returns the number of events acknowledged.
    /// </summary>
    /// <exception cref="UploadFailedException">An attempt failed; what was acknowledged before stays acknowledged.</exception>
    public async Task<long> UploadPendingAsync(CancellationToken cancellationToken = default)
    {
        long acknowledged = 0;
        var size = _options.BatchSize;
        while (true)
        {
            var batch = _spool.ReadPending(size);
            if (batch.Count == 0)
                return acknowledged;
            var outcome = await SendAsync(batch, cancellationToken).ConfigureAwait(false);
            switch (outcome.Kind)
            {
                case OutcomeKind.Accepted:
                    _spool.MarkUploaded(batch.Select(e => e.Id));
                    acknowledged += batch.Count;
                    Update(s => s with { Batches = s.Batches + 1, Acknowledged = s.Acknowledged + batch.Count, ConsecutiveFailures = 0, LastError = null });
                    size = _options.BatchSize;
                    break;
                case OutcomeKind.TooLarge when batch.Count > 1:
                    size = Math.Max(1, batch.Count / 2);
                    break;
                case OutcomeKind.TooLarge:
                    Reject([batch[0].Id]);
                    break;
                case OutcomeKind.Invalid:
                    Reject(outcome.Indexes.Where(i => i >= 0 && i < batch.Count).Select(i => batch[i].Id).ToList());
                    break;
            }
        }
    }

    /// <summary>
    /// Uploads for as long as <paramref name="cancellationToken"/> allows: drains the spool, waits
    /// <see cref="UploadOptions.IdleDelay"/> when it is empty, and backs off exponentially with jitter while the
    /// server is away. Returns when cancelled; never throws for a failed attempt.
    /// </summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var time = _options.TimeProvider;
        while (!cancellationToken.IsCancellationRequested)
        {
            TimeSpan wait;
            try
            {
                await UploadPendingAsync(cancellationToken).ConfigureAwait(false);
                wait = _options.IdleDelay;
            }
            catch (UploadFailedException e)
            {
                var failures = 0;
                Update(s =>
                {
                    failures = s.ConsecutiveFailures;
                    return s with { Failures = s.Failures + 1, ConsecutiveFailures = s.ConsecutiveFailures + 1, LastError = e.Message };
                });
                wait = _backoff.Delay(failures);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            try
            {
                await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>The request body of a batch: <c>{"device": …, "events": [schema v1 objects]}</c>.</summary>
    internal static byte[] Payload(string device, IReadOnlyList<UiEvent> events, bool gzip)
    {
        using var buffer = new MemoryStream();
        using (Stream target = gzip ? new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true) : buffer)
        using (var writer = new Utf8JsonWriter(target))
        {
            writer.WriteStartObject();
            writer.WriteString("device", device);
            writer.WriteStartArray("events");
            foreach (var e in events)
                UiEventJson.Write(writer, e);
            writer.WriteEndArray();
            writer.WriteEndObject();
        }
        return buffer.ToArray();
    }

    private async Task<Outcome> SendAsync(IReadOnlyList<UiEvent> batch, CancellationToken cancellationToken)
    {
        using var content = new ByteArrayContent(Payload(_options.Device, batch, _options.Gzip));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        if (_options.Gzip)
            content.Headers.ContentEncoding.Add("gzip");
        using var request = new HttpRequestMessage(HttpMethod.Post, _options.EventsUri) { Content = content };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _options.Token);
        HttpResponseMessage response;
        try
        {
            response = await _http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException e)
        {
            throw new UploadFailedException($"server not reachable: {e.Message}", e);
        }
        catch (TaskCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new UploadFailedException("the server did not answer in time", e);
        }
        using (response)
        {
            if (response.IsSuccessStatusCode)
                return new Outcome(OutcomeKind.Accepted, []);
            if (response.StatusCode == HttpStatusCode.RequestEntityTooLarge)
                return new Outcome(OutcomeKind.TooLarge, []);
            var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            if (response.StatusCode == HttpStatusCode.BadRequest && BadIndexes(text) is { Count: > 0 } indexes)
                return new Outcome(OutcomeKind.Invalid, indexes);
            throw new UploadFailedException($"server answered {(int)response.StatusCode} {response.ReasonPhrase}");
        }
    }

    private static List<int>? BadIndexes(string problemJson)
    {
        try
        {
            using var doc = JsonDocument.Parse(problemJson);
            if (!doc.RootElement.TryGetProperty("errors", out var errors) || errors.ValueKind != JsonValueKind.Array)
                return null;
            return errors.EnumerateArray()
                .Where(e => e.TryGetProperty("index", out var i) && i.ValueKind == JsonValueKind.Number)
                .Select(e => e.GetProperty("index").GetInt32()).Distinct().ToList();
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private void Reject(IReadOnlyList<Guid> ids)
    {
        var n = _spool.MarkRejected(ids);
        Update(s => s with { Rejected = s.Rejected + n });
    }

    private void Update(Func<UploadStatus, UploadStatus> change)
    {
        lock (_statusGate)
            _status = change(_status);
    }

    private enum OutcomeKind
    {
        Accepted,
        TooLarge,
        Invalid,
    }

    private readonly record struct Outcome(OutcomeKind Kind, IReadOnlyList<int> Indexes);
}
