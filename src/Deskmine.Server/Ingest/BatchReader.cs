using System.Buffers;
using System.IO.Compression;
using System.Text.Json;
using Deskmine.Core;
using Deskmine.Core.Events;
using Microsoft.AspNetCore.Http;

namespace Deskmine.Server.Ingest;

/// <summary>
/// Reads and validates one <c>POST /api/v1/events</c> body: <c>{"device": text, "events": [schema v1 objects]}</c>,
/// optionally gzip-compressed. Sizes are checked before parsing (wire bytes, inflated bytes, event count); every
/// event is validated and all problems are reported together.
/// </summary>
internal sealed class BatchReader(ServerOptions options)
{
    private const int MaxErrors = 100;

    // Enough blocks for every batch allowed in flight at its largest, so a burst reuses blocks instead of
    // allocating new ones (the shared pool keeps only a few arrays per size).
    private readonly ArrayPool<byte> _blocks = ArrayPool<byte>.Create(PooledBody.BlockSize,
        (int)Math.Min(4096, options.MaxConcurrentBatches * ((options.MaxJsonBytes / PooledBody.BlockSize) + 1)));

    public async Task<(IReadOnlyList<UiEvent>? Events, IResult? Problem)> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentType is not { } type || !type.StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
            return (null, Problems.UnsupportedMediaType("Send the batch as 'Content-Type: application/json' (optionally with 'Content-Encoding: gzip')."));
        if (request.ContentLength > options.MaxRequestBytes)
            return (null, Problems.TooLarge($"The body of {request.ContentLength} bytes exceeds the limit of {options.MaxRequestBytes} bytes; send smaller batches."));
        var encoding = request.Headers.ContentEncoding.ToString();
        var gzip = encoding.Equals("gzip", StringComparison.OrdinalIgnoreCase);
        if (!gzip && encoding.Length > 0 && !encoding.Equals("identity", StringComparison.OrdinalIgnoreCase))
            return (null, Problems.UnsupportedMediaType($"Content-Encoding '{encoding}' is not supported; use gzip or none."));

        PooledBody json;
        try
        {
            json = await ReadLimitedAsync(request.Body, gzip, cancellationToken).ConfigureAwait(false);
        }
        catch (BodyTooLargeException e)
        {
            return (null, Problems.TooLarge(e.Message));
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, Problems.TooLarge($"The body exceeds the limit of {options.MaxRequestBytes} bytes; send smaller batches."));
        }
        catch (InvalidDataException)
        {
            return (null, Problems.Malformed("The body is declared gzip but is not valid gzip data."));
        }

        using (json)
        {
            var bytes = json.AsSequence();
            if (Utf8Text.FirstInvalidByte(bytes) is { } bad)
                return (null, Problems.Malformed($"The body is not valid UTF-8 (byte {bad + 1} of {bytes.Length}); JSON must be sent as UTF-8."));
            JsonDocument doc;
            try
            {
                doc = JsonDocument.Parse(bytes, new JsonDocumentOptions { MaxDepth = 8 });
            }
            catch (JsonException e)
            {
                return (null, Problems.Malformed($"The body is not valid JSON (line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1}); expected {{\"device\": text, \"events\": [...]}}."));
            }
            using (doc)
            {
                try
                {
                    return Validate(doc.RootElement);
                }
                catch (InvalidOperationException)
                {
                    // System.Text.Json refuses to turn an escaped lone surrogate (\ud800) into a string.
                    return (null, Problems.Malformed("A string in the body holds an escape that is not valid UTF-16 (a lone surrogate such as \\ud800); send whole characters."));
                }
            }
        }
    }

    private (IReadOnlyList<UiEvent>? Events, IResult? Problem) Validate(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
            return (null, Problems.Malformed("The body must be a JSON object {\"device\": text, \"events\": [...]}."));
        JsonElement? events = null;
        var envelope = new List<EventError>();
        foreach (var p in root.EnumerateObject())
        {
            switch (p.Name)
            {
                case "device" when p.Value.ValueKind == JsonValueKind.String && p.Value.GetString() is { Length: > 0 and <= 200 }:
                    break;
                case "device":
                    envelope.Add(new EventError(null, "device", "expected non-empty text of at most 200 characters"));
                    break;
                case "events" when p.Value.ValueKind == JsonValueKind.Array:
                    events = p.Value;
                    break;
                case "events":
                    envelope.Add(new EventError(null, "events", "expected an array of events"));
                    break;
                default:
                    envelope.Add(new EventError(null, p.Name, "unknown field; expected only 'device' and 'events'"));
                    break;
            }
        }
        if (!root.TryGetProperty("device", out _))
            envelope.Add(new EventError(null, "device", "required field is missing"));
        if (!root.TryGetProperty("events", out _))
            envelope.Add(new EventError(null, "events", "required field is missing"));
        if (envelope.Count > 0)
            return (null, Problems.Invalid(envelope, 0));

        var array = events!.Value;
        var count = array.GetArrayLength();
        if (count > options.MaxEventsPerBatch)
            return (null, Problems.TooLarge($"The batch holds {count} events; at most {options.MaxEventsPerBatch} are accepted per request."));
        var result = new List<UiEvent>(count);
        var errors = new List<EventError>();
        var index = 0;
        foreach (var item in array.EnumerateArray())
        {
            if (UiEventJson.TryRead(item, options.MaxTextLength, options.MaxAttrs, out var e, out var field, out var problem))
            {
                if (TimeProblem(e) is var (timeField, timeProblem))
                {
                    if (errors.Count < MaxErrors)
                        errors.Add(new EventError(index, timeField, timeProblem));
                }
                else
                {
                    result.Add(e);
                }
            }
            else if (errors.Count < MaxErrors)
                errors.Add(new EventError(index, field, problem!));
            index++;
        }
        return errors.Count > 0 ? (null, Problems.Invalid(errors, count)) : (result, null);
    }

    // A time outside years 1-9999 cannot be turned into a date: export and reports would fail on it later.
    private static (string Field, string Problem)? TimeProblem(UiEvent e)
    {
        if (e.Ts is not { } ts)
            return null;
        if (!Timestamps.IsInRange(ts))
            return ("ts", $"expected microseconds since 1970 between {Timestamps.MinMicros} (year 1) and {Timestamps.MaxMicros} (year 9999)");
        if (e.Duration is { } d && (d > Timestamps.MaxMicros - ts || d < Timestamps.MinMicros - ts))
            return ("duration", "the event would end outside years 1 to 9999");
        return null;
    }

    private async Task<PooledBody> ReadLimitedAsync(Stream body, bool gzip, CancellationToken cancellationToken)
    {
        var source = gzip ? new GZipStream(body, CompressionMode.Decompress, leaveOpen: true) : body;
        var limit = gzip ? options.MaxJsonBytes : options.MaxRequestBytes;
        var buffer = new PooledBody(_blocks);
        // Rented: a new 80 KB chunk per request was most of the garbage of small batches (thousands of requests a second).
        var chunk = ArrayPool<byte>.Shared.Rent(81920);
        try
        {
            int n;
            // The limit is checked while inflating, before each write: a bomb never grows past it.
            while ((n = await source.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
            {
                if (buffer.Length + n > limit)
                    throw new BodyTooLargeException($"The {(gzip ? "inflated " : "")}body exceeds the limit of {limit} bytes; send smaller batches.");
                buffer.Write(chunk.AsSpan(0, n));
            }
            return buffer;
        }
        catch
        {
            buffer.Dispose();
            throw;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
            if (gzip)
                await source.DisposeAsync().ConfigureAwait(false);
        }
    }

    private sealed class BodyTooLargeException(string message) : Exception(message);
}
