using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Deskmine.Analysis.Tests.Automation;

/// <summary>
/// A web form served on 127.0.0.1 for the starter to fill: GET of a page returns its HTML, a POST records the
/// submitted fields (in order, repeated names kept) and answers with the page given for the post's path.
/// </summary>
internal sealed class FormServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly IReadOnlyDictionary<string, string> _pages;
    private readonly Task _loop;

    public FormServer(IReadOnlyDictionary<string, string> pages)
    {
        _pages = pages;
        // HttpListener takes no port 0: borrow a free port from the system first.
        using (var probe = new TcpListener(IPAddress.Loopback, 0))
        {
            probe.Start();
            Port = ((IPEndPoint)probe.LocalEndpoint).Port;
        }
        _listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        _listener.Start();
        _loop = Task.Run(Serve);
    }

    public int Port { get; }

    public string BaseUrl => $"http://127.0.0.1:{Port}/";

    /// <summary>Every POST received: its path and its fields.</summary>
    public ConcurrentQueue<(string Path, List<KeyValuePair<string, string>> Fields)> Posts { get; } = new();

    private async Task Serve()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }
            var path = context.Request.Url!.AbsolutePath;
            if (context.Request.HttpMethod == "POST")
            {
                using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
                Posts.Enqueue((path, Parse(await reader.ReadToEndAsync())));
            }
            var found = _pages.TryGetValue(path, out var html);
            var body = Encoding.UTF8.GetBytes(found ? html! : "not found");
            context.Response.StatusCode = found ? 200 : 404;
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.OutputStream.WriteAsync(body);
            context.Response.Close();
        }
    }

    private static List<KeyValuePair<string, string>> Parse(string form) =>
        [.. form.Split('&', StringSplitOptions.RemoveEmptyEntries).Select(pair =>
        {
            var eq = pair.IndexOf('=', StringComparison.Ordinal);
            var key = eq < 0 ? pair : pair[..eq];
            var value = eq < 0 ? "" : pair[(eq + 1)..];
            return KeyValuePair.Create(WebUtility.UrlDecode(key), WebUtility.UrlDecode(value));
        })];

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        _loop.Wait(TimeSpan.FromSeconds(5));
    }
}
