using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Deskmine.Capture.Agent;
using Deskmine.Capture.Spool;
using Deskmine.Core;

namespace Deskmine.Capture.Sources.Browser;

/// <summary>
/// The browser source: a small HTTP listener on 127.0.0.1 that the Chromium extension posts page actions to.
/// <c>POST /pair</c> hands the token to a caller whose <c>Origin</c> is a browser extension (web pages cannot
/// forge that header); <c>POST /events</c> takes a JSON object or array with <c>Authorization: Bearer TOKEN</c>.
/// </summary>
public sealed class BrowserBridge : IEventSource
{
    private readonly BrowserBridgeOptions _options;
    private readonly TimeProvider _time;
    private readonly HttpListener _listener = new();
    private readonly byte[] _token;
    private IEventSink _sink = NullSink.Instance;
    private Task? _loop;
    private long _accepted, _refused;

    /// <summary>Creates the bridge; <see cref="Start"/> opens the port.</summary>
    public BrowserBridge(BrowserBridgeOptions options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        _options = options.Validate();
        _time = time;
        _token = Encoding.UTF8.GetBytes(options.Token);
    }

    /// <inheritdoc/>
    public string Name => "browser";

    /// <summary>Page actions accepted.</summary>
    public long Accepted => Interlocked.Read(ref _accepted);

    /// <summary>Requests refused (bad token, origin, body).</summary>
    public long Refused => Interlocked.Read(ref _refused);

    /// <inheritdoc/>
    public void Start(IEventSink sink)
    {
        ArgumentNullException.ThrowIfNull(sink);
        _sink = sink;
        _listener.Prefixes.Add($"http://127.0.0.1:{_options.Port}/");
        try
        {
            _listener.Start();
        }
        catch (HttpListenerException ex)
        {
            throw new InvalidOperationException($"cannot listen on 127.0.0.1:{_options.Port}: {ex.Message}", ex);
        }
        _loop = Task.Run(Loop);
    }

    private async Task Loop()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync().ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }
            try
            {
                Serve(context);
            }
#pragma warning disable CA1031 // One bad request must not stop the bridge.
            catch (Exception)
#pragma warning restore CA1031
            {
                Interlocked.Increment(ref _refused);
                TryStatus(context.Response, 500);
            }
        }
    }

    private void Serve(HttpListenerContext context)
    {
        var request = context.Request;
        var response = context.Response;
        var origin = request.Headers["Origin"];
        var fromExtension = origin is not null && (origin.StartsWith("chrome-extension://", StringComparison.Ordinal)
                                                   || origin.StartsWith("moz-extension://", StringComparison.Ordinal));
        // A web page may send requests to 127.0.0.1 too, but always with its own Origin: refuse those.
        if (origin is not null && !fromExtension)
        {
            Refuse(response, 403);
            return;
        }
        var path = request.Url?.AbsolutePath ?? "";
        if (fromExtension)
        {
            // Extensions with host permission skip CORS, but some browsers still send a preflight: answer it.
            response.AddHeader("Access-Control-Allow-Origin", origin!);
            response.AddHeader("Access-Control-Allow-Headers", "Authorization, Content-Type");
            response.AddHeader("Access-Control-Allow-Methods", "GET, POST");
            if (request.HttpMethod == "OPTIONS")
            {
                TryStatus(response, 204);
                return;
            }
        }
        if (request.HttpMethod == "POST" && path == "/pair")
        {
            if (!fromExtension)
            {
                Refuse(response, 403);
                return;
            }
            Reply(response, 200, JsonSerializer.Serialize(new Dictionary<string, string> { ["token"] = _options.Token }));
            return;
        }
        if (request.HttpMethod != "POST" || path != "/events")
        {
            Refuse(response, 404);
            return;
        }
        var auth = request.Headers["Authorization"] ?? "";
        var presented = Encoding.UTF8.GetBytes(auth.StartsWith("Bearer ", StringComparison.Ordinal) ? auth[7..].Trim() : "");
        if (!CryptographicOperations.FixedTimeEquals(presented, _token))
        {
            Refuse(response, 401);
            return;
        }
        if (request.ContentLength64 > _options.MaxBody)
        {
            Refuse(response, 413);
            return;
        }
        using var body = new MemoryStream();
        request.InputStream.CopyTo(body);
        if (body.Length > _options.MaxBody)
        {
            Refuse(response, 413);
            return;
        }
        int count;
        try
        {
            using var doc = JsonDocument.Parse(body.ToArray());
            count = Accept(doc.RootElement);
        }
        catch (JsonException)
        {
            Refuse(response, 400);
            return;
        }
        Reply(response, 200, $"{{\"accepted\":{count}}}");
    }

    private int Accept(JsonElement root)
    {
        var now = Timestamps.ToMicros(_time.GetUtcNow());
        var skew = (long)_options.MaxClockSkew.TotalMicroseconds;
        var count = 0;
        foreach (var item in root.ValueKind == JsonValueKind.Array ? root.EnumerateArray() : Enumerable.Repeat(root, 1))
        {
            if (PageEventMapper.Map(item, now, skew) is { } e)
            {
                _sink.Write(e);
                count++;
            }
        }
        Interlocked.Add(ref _accepted, count);
        return count;
    }

    private void Refuse(HttpListenerResponse response, int status)
    {
        Interlocked.Increment(ref _refused);
        TryStatus(response, status);
    }

    private static void Reply(HttpListenerResponse response, int status, string json)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        response.StatusCode = status;
        response.ContentType = "application/json";
        response.ContentLength64 = bytes.Length;
        response.OutputStream.Write(bytes);
        response.Close();
    }

    private static void TryStatus(HttpListenerResponse response, int status)
    {
        try
        {
            response.StatusCode = status;
            response.Close();
        }
        catch (Exception ex) when (ex is InvalidOperationException or ObjectDisposedException or HttpListenerException)
        {
            response.Abort();
        }
    }

    /// <summary>Closes the port.</summary>
    public void Dispose()
    {
        if (_listener.IsListening)
            _listener.Stop();
        _loop?.Wait(TimeSpan.FromSeconds(2));
        _listener.Close();
    }
}
