using Deskmine.Capture.Sources.Browser;
using Deskmine.Capture.Sources.Windows;
using Deskmine.Capture.Sources.X11;
using Deskmine.Capture.Spool;
using Deskmine.Capture.Upload;
using Deskmine.Privacy;
using Deskmine.Privacy.Policies;

namespace Deskmine.Capture.Agent;

/// <summary>
/// One running agent: policy → privacy filter, spool, pipeline, sources (X11 desktop, browser bridge), the
/// uploader when a server is given, and the pause/status control files. <see cref="RunAsync"/> records until
/// cancelled; disposing stops the sources first and then drains the pipeline into the spool, so nothing that a
/// source produced is lost on a clean stop.
/// </summary>
public sealed class AgentHost : IDisposable
{
    private readonly AgentOptions _options;
    private readonly List<IEventSource> _sources = [];
    private readonly SqliteSpool _spool;
    private readonly CapturePipeline _pipeline;
    private readonly AgentControl _control;
    private readonly DateTimeOffset _started;
    private readonly HttpClient? _http;
    private readonly SpoolUploader? _uploader;
    private int _disposed;

    private AgentHost(AgentOptions options)
    {
        _options = options;
        _started = options.Time.GetUtcNow();
        Directory.CreateDirectory(options.SpoolDirectory);
        var policy = CapturePolicyLoader.Load(options.PolicyPath);
        if (policy.OrgKey is null && policy.Pseudonymise)
            policy = policy with { OrgKey = AgentKeys.OrgKey(options.SpoolDirectory) };
        var filter = new PrivacyFilter(policy);
        if (!filter.IsPolicyValid)
            throw new InvalidOperationException("the capture policy does not compile; nothing would be recorded");
        _control = new AgentControl(options.SpoolDirectory);
        _spool = SqliteSpool.Open(options.SpoolDirectory, new SpoolOptions { TimeProvider = options.Time, FlushEachCommit = false });
        _pipeline = new CapturePipeline(filter, _spool, options.Pipeline with { Time = options.Time }) { Paused = _control.IsPaused };
        if (options.Server is { } server)
        {
            _http = new HttpClient();
            _uploader = new SpoolUploader(_spool, _http, new UploadOptions
            {
                Server = server,
                Token = options.ServerToken!,
                Device = options.Pipeline.Machine,
                TimeProvider = options.Time,
            });
        }
    }

    /// <summary>The pipeline (counters, pause state).</summary>
    public CapturePipeline Pipeline => _pipeline;

    /// <summary>The spool session of this run.</summary>
    public string Session => _spool.Session;

    /// <summary>Names of the running sources.</summary>
    public IReadOnlyList<string> Sources => [.. _sources.Select(s => s.Name)];

    /// <summary>Loads the policy, opens the spool and starts every source the options ask for.</summary>
    /// <exception cref="Core.Errors.InputException">The policy file is malformed.</exception>
    /// <exception cref="InvalidOperationException">A source cannot start (no display, port taken).</exception>
    public static AgentHost Start(AgentOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var host = new AgentHost(options.Validate());
        try
        {
            if (options.BridgePort != 0)
            {
                var bridge = new BrowserBridge(new BrowserBridgeOptions
                {
                    Port = options.BridgePort,
                    Token = AgentKeys.BridgeToken(options.SpoolDirectory),
                }, options.Time);
                bridge.Start(host._pipeline);
                host._sources.Add(bridge);
            }
            if (options.RecordDesktop)
            {
                IEventSource desktop = OperatingSystem.IsWindows()
                    ? new WindowsSource(options.WindowsDesktop, options.Time)
                    : new X11Source(options.Desktop, options.Time);
                try
                {
                    desktop.Start(host._pipeline);
                }
                catch
                {
                    desktop.Dispose();
                    throw;
                }
                host._sources.Add(desktop);
            }
            host.WriteStatus(running: true);
            return host;
        }
        catch
        {
            host.Dispose();
            throw;
        }
    }

    /// <summary>Records until <paramref name="cancellationToken"/> fires, following the pause flag (at once, by a
    /// file-system watch, re-checked every <see cref="AgentOptions.ControlInterval"/> in case a notification was
    /// lost) and rewriting the status file when a counter changed; uploads in the background when a server is
    /// configured.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var upload = _uploader?.RunAsync(cancellationToken) ?? Task.CompletedTask;
        using var watch = WatchPauseFile();
        using var timer = new PeriodicTimer(_options.ControlInterval, _options.Time);
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken).ConfigureAwait(false))
                FollowControl();
        }
        catch (OperationCanceledException)
        {
        }
        try
        {
            await upload.ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
        }
    }

    private FileSystemWatcher WatchPauseFile()
    {
        var watch = new FileSystemWatcher(_options.SpoolDirectory, "paused") { IncludeSubdirectories = false };
        watch.Created += (_, _) => FollowControl();
        watch.Deleted += (_, _) => FollowControl();
        watch.Renamed += (_, _) => FollowControl();
        watch.EnableRaisingEvents = true;
        return watch;
    }

    // Called from the timer and the file watch: cheap when nothing changed (one stat of the pause file, four
    // counters), so an idle agent writes nothing.
    private void FollowControl()
    {
        lock (_controlLock)
        {
            _pipeline.Paused = _control.IsPaused;
            var stats = _pipeline.Stats;
            var state = (stats.Received, stats.Stored, stats.Filtered, stats.Paused, stats.Failed, _pipeline.Paused);
            if (state == _lastWritten)
                return;
            _lastWritten = state;
            WriteStatus(running: true);
        }
    }

    private readonly Lock _controlLock = new();
    private (long, long, long, long, long, bool) _lastWritten;

    private void WriteStatus(bool running)
    {
        var stats = _pipeline.Stats;
        var bridge = _sources.OfType<BrowserBridge>().Any() ? _options.BridgePort : 0;
        _control.WriteStatus(new AgentStatus
        {
            Running = running,
            Paused = _pipeline.Paused,
            Pid = Environment.ProcessId,
            Session = _spool.Session,
            Started = _started.UtcDateTime.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
            Updated = _options.Time.GetUtcNow().UtcDateTime.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
            Sources = Sources,
            BridgePort = bridge,
            Received = stats.Received,
            Stored = stats.Stored,
            Filtered = stats.Filtered,
            DiscardedWhilePaused = stats.Paused,
            Failed = stats.Failed,
        });
    }

    /// <summary>Stops the sources, stores what they still hold, closes the spool.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
            return;
        foreach (var source in _sources)
            source.Dispose();
        _pipeline.Dispose();
        WriteStatus(running: false);
        _spool.Dispose();
        _http?.Dispose();
    }
}
