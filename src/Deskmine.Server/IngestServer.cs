using Deskmine.Privacy;
using Deskmine.Server.Access;
using Deskmine.Server.Api;
using Deskmine.Server.Auth;
using Deskmine.Server.Dashboard;
using Deskmine.Server.Ingest;
using Deskmine.Server.Reading;
using Deskmine.Storage.Workspaces;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Deskmine.Server;

/// <summary>
/// The Deskmine server: Kestrel with the ingest API, the read API, accounts and the dashboard of
/// <c>docs/server.md</c>, over one workspace that it holds open (and locked) from start to dispose as its single
/// writer, publishing read snapshots for the API and for CLI readers.
/// </summary>
public sealed class IngestServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Workspace _workspace;
    private readonly EventIngestor _ingestor;
    private readonly SnapshotPublisher _publisher;
    private readonly ReadModel _reads;
    private int _disposed;

    private IngestServer(WebApplication app, Workspace workspace, EventIngestor ingestor, SnapshotPublisher publisher, ReadModel reads)
    {
        _app = app;
        _workspace = workspace;
        _ingestor = ingestor;
        _publisher = publisher;
        _reads = reads;
    }

    /// <summary>The addresses Kestrel listens on (with the real port when 0 was asked for).</summary>
    public IReadOnlyList<Uri> Addresses =>
        _app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses
            .Select(a => new Uri(a)).ToList();

    /// <summary>The server's privacy filter counters (kept, dropped per reason, detections).</summary>
    public PrivacyStats PrivacyStats => _ingestor.Filter.Stats;

    /// <summary>The routes the server answers (the security tests walk them all).</summary>
    public IReadOnlyList<Microsoft.AspNetCore.Http.Endpoint> Endpoints =>
        _app.Services.GetRequiredService<Microsoft.AspNetCore.Routing.EndpointDataSource>().Endpoints;

    /// <summary>Opens the workspace and starts listening.</summary>
    /// <exception cref="WorkspaceLockedException">Another process has the workspace open.</exception>
    /// <exception cref="ArgumentException">Invalid options, a privacy policy that does not compile (the server
    /// refuses to start rather than accept what it cannot filter), or nobody who could authenticate.</exception>
    public static async Task<IngestServer> StartAsync(ServerOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var filter = new PrivacyFilter(options.Policy);
        if (!filter.IsPolicyValid)
            throw new ArgumentException("The server's privacy policy does not compile; refusing to start.", nameof(options));
        if (options.Tokens.Count == 0 && !(AccessStore.Exists(options.Workspace) && AccessStore.Open(options.Workspace, options.Time).HasAnyCredential()))
        {
            throw new ArgumentException("no device token and no account: give device tokens (--tokens-file), add an account ('deskmine users add') "
                + "or enrol agents ('deskmine agents enroll'); the server never accepts anonymous uploads.", nameof(options));
        }

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseUrls([.. options.Urls]);
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.Limits.MaxRequestBodySize = options.MaxRequestBytes;
            k.AddServerHeader = false;
        });
        ConfigureLogging(builder, options);

        var workspace = Workspace.Open(options.Workspace);
        var reads = new ReadModel { IntermediateBudget = options.EffectiveReadCacheBytes };
        EventIngestor? ingestor = null;
        try
        {
            var access = AccessStore.Open(workspace.Directory, options.Time);
            ingestor = new EventIngestor(workspace, filter, options);
            AddServices(builder.Services, options, access, ingestor, reads);
            var app = builder.Build();
            var publisher = app.Services.GetRequiredService<SnapshotPublisher>();
            // The first snapshot is served at once and warmed in the background (GET /api/v1/status shows how far).
            reads.Warmer = app.Services.GetRequiredService<WorkspaceReader>().WarmSteps;
            await publisher.StartAsync().ConfigureAwait(false);

            var dashboard = DashboardFiles.Locate(options.DashboardDirectory);
            app.UseExceptionHandler();
            app.UseStatusCodePages();
            // GET answers only (read API, dashboard files): they hold no secret beside text a caller chose, so compression
            // gives a BREACH-style guess nothing to find; login tokens are answered to POSTs and never compressed.
            app.UseWhen(c => HttpMethods.IsGet(c.Request.Method), get => get.UseResponseCompression());
            DashboardFiles.UseFiles(app, dashboard);
            app.UseAuthentication();
            app.UseRateLimiter();
            app.UseAuthorization();
            ApiRoutes.Map(app, options, ingestor, access, app.Logger);
            DashboardFiles.MapFallback(app, dashboard);
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
            return new IngestServer(app, workspace, ingestor, publisher, reads);
        }
        catch
        {
            if (ingestor is not null)
                await ingestor.DisposeAsync().ConfigureAwait(false);
            reads.Dispose();
            workspace.Dispose();
            throw;
        }
    }

    private static void AddServices(IServiceCollection services, ServerOptions options, AccessStore access, EventIngestor ingestor, ReadModel reads)
    {
        // Maps and variants of large workspaces are megabytes of repetitive JSON; Brotli or gzip at their fastest
        // levels shrink them severalfold (docs/benchmarks.md).
        services.AddResponseCompression(o =>
        {
            o.EnableForHttps = true;
            o.Providers.Add<BrotliCompressionProvider>();
            o.Providers.Add<GzipCompressionProvider>();
        });
        services.AddProblemDetails();
        services.AddExceptionHandler<DomainErrors>();
        services.AddSingleton(options);
        services.AddSingleton(access);
        services.AddSingleton(ingestor);
        services.AddSingleton(reads);
        services.AddSingleton<WorkspaceReader>();
        services.AddSingleton(sp => new SnapshotPublisher(ingestor, reads, options, sp.GetRequiredService<ILoggerFactory>().CreateLogger("Deskmine.Server.Snapshots")));
        services.AddSingleton<MiningJobs>();
        services.AddSingleton(new DeviceTokens(options.Tokens));
        services.AddSingleton<DeviceSessions>();
        services.AddAuthentication(DeskmineClaims.Scheme)
            .AddScheme<AuthenticationSchemeOptions, DeskmineAuthenticationHandler>(DeskmineClaims.Scheme, null);
        services.AddAuthorization(Policies.Add);
        services.AddRateLimiter(r => RateLimits.Configure(r, options));
        services.AddOpenApi();
        services.ConfigureHttpJsonOptions(j => j.SerializerOptions.PropertyNamingPolicy = System.Text.Json.JsonNamingPolicy.SnakeCaseLower);
    }

    private static void ConfigureLogging(WebApplicationBuilder builder, ServerOptions options)
    {
        builder.Logging.ClearProviders();
        if (options.ConfigureLogging is { } configure)
        {
            configure(builder.Logging);
            return;
        }
        // The log goes to standard error, leaving standard output to the command's own results.
        builder.Logging.AddSimpleConsole(c => c.SingleLine = true).AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(c => c.LogToStandardErrorThreshold = LogLevel.Trace);
    }

    /// <summary>Completes when the host is asked to stop (Ctrl+C, SIGTERM) or <paramref name="cancellationToken"/> fires.</summary>
    public Task WaitForShutdownAsync(CancellationToken cancellationToken = default) => _app.WaitForShutdownAsync(cancellationToken);

    /// <summary>Stops listening, then closes the workspace and removes the read snapshots no reader holds.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
            return;
        await _app.StopAsync().ConfigureAwait(false);
        await _ingestor.DisposeAsync().ConfigureAwait(false);
        await _app.Services.GetRequiredService<MiningJobs>().DrainAsync().ConfigureAwait(false);
        // Before the reads close: the publisher must not switch them to a new snapshot any more.
        await _publisher.DisposeAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
        _reads.Dispose();
        var directory = _workspace.Directory;
        _workspace.Dispose();
        Workspace.PruneSnapshots(directory, keep: null);
    }
}
