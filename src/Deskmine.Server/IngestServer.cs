using Deskmine.Privacy;
using Deskmine.Server.Auth;
using Deskmine.Server.Ingest;
using Deskmine.Storage.Workspaces;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Deskmine.Server;

/// <summary>
/// The ingest server: Kestrel with the minimal API of <c>docs/server.md</c>, writing into one workspace that it
/// holds open (and locked) from start to dispose.
/// </summary>
public sealed class IngestServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Workspace _workspace;
    private readonly EventIngestor _ingestor;

    private IngestServer(WebApplication app, Workspace workspace, EventIngestor ingestor)
    {
        _app = app;
        _workspace = workspace;
        _ingestor = ingestor;
    }

    /// <summary>The addresses Kestrel listens on (with the real port when 0 was asked for).</summary>
    public IReadOnlyList<Uri> Addresses =>
        _app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses
            .Select(a => new Uri(a)).ToList();

    /// <summary>The server's privacy filter counters (kept, dropped per reason, detections).</summary>
    public PrivacyStats PrivacyStats => _ingestor.Filter.Stats;

    /// <summary>Opens the workspace and starts listening.</summary>
    /// <exception cref="WorkspaceLockedException">Another process has the workspace open.</exception>
    /// <exception cref="ArgumentException">Invalid options, or a privacy policy that does not compile (the server
    /// refuses to start rather than accept what it cannot filter).</exception>
    public static async Task<IngestServer> StartAsync(ServerOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var filter = new PrivacyFilter(options.Policy);
        if (!filter.IsPolicyValid)
            throw new ArgumentException("The server's privacy policy does not compile; refusing to start.", nameof(options));

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseUrls([.. options.Urls]);
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.Limits.MaxRequestBodySize = options.MaxRequestBytes;
            k.AddServerHeader = false;
        });
        builder.Logging.ClearProviders();
        if (options.ConfigureLogging is { } configure)
            configure(builder.Logging);
        else
        {
            // The log goes to standard error, leaving standard output to the command's own results.
            builder.Logging.AddSimpleConsole(c => c.SingleLine = true).AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
            builder.Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(c => c.LogToStandardErrorThreshold = LogLevel.Trace);
        }
        builder.Services.AddProblemDetails();

        var workspace = Workspace.Open(options.Workspace);
        try
        {
            var app = builder.Build();
            app.UseExceptionHandler();
            app.UseStatusCodePages();
            var ingestor = new EventIngestor(workspace, filter);
            IngestEndpoints.Map(app, options, new DeviceTokens(options.Tokens), ingestor, app.Logger);
            Dashboard.DashboardFiles.Map(app);
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
            return new IngestServer(app, workspace, ingestor);
        }
        catch
        {
            workspace.Dispose();
            throw;
        }
    }

    /// <summary>Completes when the host is asked to stop (Ctrl+C, SIGTERM) or <paramref name="cancellationToken"/> fires.</summary>
    public Task WaitForShutdownAsync(CancellationToken cancellationToken = default) => _app.WaitForShutdownAsync(cancellationToken);

    /// <summary>Stops listening, then closes the workspace.</summary>
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
        _workspace.Dispose();
    }
}
