using System.Net.Http.Headers;
using System.Text;
using Deskmine.Core.Events;
using Microsoft.Extensions.Logging;

namespace Deskmine.Server.Tests.Support;

/// <summary>A real Kestrel ingest server on 127.0.0.1 over a real workspace in a temporary folder.</summary>
internal sealed class RunningServer : IAsyncDisposable
{
    public const string Token = "device-token-7f3a9c";

    private IngestServer? _server;

    private RunningServer(string workspace) => Workspace = workspace;

    public string Workspace { get; }

    public CapturedLog Log { get; } = new();

    public Uri Address { get; private set; } = null!;

    public IngestServer Server => _server ?? throw new InvalidOperationException("stopped");

    public static async Task<RunningServer> StartAsync(Func<ServerOptions, ServerOptions>? configure = null, int port = 0)
    {
        var dir = Path.Combine(Path.GetTempPath(), "deskmine-server-" + Guid.NewGuid().ToString("N"));
        var server = new RunningServer(dir);
        await server.StartAgainAsync(configure, port);
        return server;
    }

    public async Task StartAgainAsync(Func<ServerOptions, ServerOptions>? configure = null, int port = 0)
    {
        var options = new ServerOptions
        {
            Workspace = Workspace,
            Urls = [$"http://127.0.0.1:{port}"],
            Tokens = [Token],
            ConfigureLogging = b => b.AddProvider(Log).SetMinimumLevel(LogLevel.Debug),
        };
        _server = await IngestServer.StartAsync(configure?.Invoke(options) ?? options);
        Address = _server.Addresses[0];
    }

    public async Task StopAsync()
    {
        if (_server is { } s)
        {
            _server = null;
            await s.DisposeAsync();
        }
    }

    public HttpClient Client(string? token = Token)
    {
        var client = new HttpClient { BaseAddress = Address };
        if (token is not null)
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public static string Batch(IEnumerable<UiEvent> events, string device = "dev-1")
    {
        var sb = new StringBuilder("{\"device\":\"" + device + "\",\"events\":[");
        sb.AppendJoin(',', events.Select(e => Encoding.UTF8.GetString(UiEventJson.ToUtf8(e))));
        return sb.Append("]}").ToString();
    }

    public static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    /// <summary>Stops the server and reads the workspace back.</summary>
    public async Task<List<UiEvent>> StoredEventsAsync()
    {
        await StopAsync();
        using var ws = Storage.Workspaces.Workspace.OpenReadOnly(Workspace);
        return ws.Events.ReadEvents().ToList();
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        try
        {
            Directory.Delete(Workspace, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
        }
    }
}
