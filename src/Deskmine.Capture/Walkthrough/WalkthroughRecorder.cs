using System.Globalization;
using System.Security.Cryptography;
using Deskmine.Capture.Agent;
using Deskmine.Capture.Sources.Browser;
using Deskmine.Capture.Sources.X11;
using Deskmine.Privacy;
using Deskmine.Privacy.Policies;

namespace Deskmine.Capture.Walkthrough;

/// <summary>
/// One walkthrough recording: the X11 source, the browser bridge for the extension's page actions and the agent's
/// pipeline with its privacy filter, a screenshot of the window at each click, shortcut and form submit (redacted in memory before it is written), and the folder of
/// the walkthrough contract (docs/walkthrough.md). <see cref="RunAsync"/> records until cancelled, following the
/// pause flag; disposing stops the source, waits for the last screenshots and writes the final manifest.
/// </summary>
public sealed class WalkthroughRecorder : IDisposable
{
    private readonly WalkthroughOptions _options;
    private readonly WalkthroughFolder _folder;
    private readonly WalkthroughManifest _manifest;
    private readonly WindowShooter _shooter;
    private readonly ShotQueue _queue;
    private readonly WalkthroughWriter _writer;
    private readonly CapturePipeline _pipeline;
    private readonly X11Source _source;
    private readonly BrowserBridge? _bridge;
    private readonly List<string> _warnings = [];
    private string _status = "recording";
    private int _disposed;

    private WalkthroughRecorder(WalkthroughOptions options, WalkthroughFolder folder, PrivacyFilter filter)
    {
        _options = options;
        _folder = folder;
        var started = options.Time.GetUtcNow();
        _shooter = new WindowShooter(options.Desktop.Display, filter, options.Desktop.UseAccessibility);
        _manifest = new WalkthroughManifest
        {
            Name = options.Name,
            Started = Iso(started),
            Status = _status,
            Host = new WalkthroughHost { ScreenW = _shooter.ScreenWidth, ScreenH = _shooter.ScreenHeight },
        };
        _queue = new ShotQueue(new ShotRedactor(filter, TesseractOcr.Default, options.Redaction));
        var session = Guid.CreateVersion7(started).ToString();
        var pending = new System.Collections.Concurrent.ConcurrentDictionary<Guid, Task<ShotOutcome>>();
        _writer = new WalkthroughWriter(folder, pending, session);
        _pipeline = new CapturePipeline(filter, _writer, new CapturePipelineOptions { Time = options.Time, JoinWindow = options.JoinWindow }) { Paused = folder.IsPaused };
        var trigger = new ShotTrigger(_pipeline, _shooter, _queue, filter, pending);
        _source = new X11Source(options.Desktop, options.Time);
        folder.WriteManifest(_manifest);
        folder.WritePid();
        try
        {
            _source.Start(trigger);
            _bridge = StartBridge(options, trigger);
        }
        catch
        {
            // Nothing was recorded: leave no half-made walkthrough behind.
            _source.Dispose();
            _pipeline.Dispose();
            _queue.Dispose();
            _writer.Dispose();
            _shooter.Dispose();
            folder.DeletePid();
            File.Delete(folder.ManifestPath);
            File.Delete(folder.EventsPath);
            throw;
        }
    }

    // The extension's actions come in through the same bridge as the agent's, with a token that lives in memory only:
    // the extension pairs again when its stored token is refused.
    private BrowserBridge? StartBridge(WalkthroughOptions options, ShotTrigger trigger)
    {
        if (options.BridgePort == 0)
            return null;
        var bridge = new BrowserBridge(new BrowserBridgeOptions
        {
            Port = options.BridgePort,
            Token = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24)),
        }, options.Time);
        try
        {
            bridge.Start(trigger);
            return bridge;
        }
        catch (InvalidOperationException ex) when (!options.RequireBridge)
        {
            bridge.Dispose();
            _warnings.Add($"no browser actions: {ex.Message} (is the agent running? give another --bridge-port and the same port in the extension's config.js)");
            return null;
        }
    }

    /// <summary>Port the browser bridge listens on, or 0 when page actions are not recorded.</summary>
    public int BridgePort => _bridge is null ? 0 : _options.BridgePort;

    /// <summary>What the recorder could not do but records without (a bridge port that was taken).</summary>
    public IReadOnlyList<string> Warnings => _warnings;

    /// <summary>The walkthrough folder.</summary>
    public WalkthroughFolder Folder => _folder;

    /// <summary>Steps written so far.</summary>
    public long Steps => _writer.Steps;

    /// <summary>Screenshot counters so far.</summary>
    public WalkthroughShots Shots => _writer.Shots;

    /// <summary>Checks the folder, loads the policy and starts recording.</summary>
    /// <exception cref="Core.Errors.InputException">The folder already holds a walkthrough, or the policy file is
    /// malformed.</exception>
    /// <exception cref="InvalidOperationException">No X display, or the policy does not compile.</exception>
    public static WalkthroughRecorder Start(WalkthroughOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var folder = new WalkthroughFolder(options.Directory);
        if (File.Exists(folder.ManifestPath) || File.Exists(folder.EventsPath))
        {
            throw new Core.Errors.InputException(options.Directory, null, null, folder.RunningPid() is { } pid
                ? $"a walkthrough is being recorded there (pid {pid}); stop it with 'deskmine walkthrough stop -o {options.Directory}'"
                : "already holds a walkthrough; choose a new folder");
        }
        if (!OperatingSystem.IsLinux())
            throw new InvalidOperationException("walkthrough recording needs an X11 desktop (Linux)");
        if (string.IsNullOrEmpty(options.Desktop.Display ?? Environment.GetEnvironmentVariable("DISPLAY")))
            throw new InvalidOperationException("no X display: set DISPLAY");
        var policy = options.PolicyPath is null ? CapturePolicy.Default : CapturePolicyLoader.Load(options.PolicyPath);
        // Without the organisation's key the walkthrough gets a key of its own, kept in memory only: pseudonyms and
        // value hashes match inside the walkthrough (a copy and its paste) and cannot be linked to anything else.
        if (policy.OrgKey is null && policy.Pseudonymise)
            policy = policy with { OrgKey = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32)) };
        var filter = new PrivacyFilter(policy);
        if (!filter.IsPolicyValid)
            throw new InvalidOperationException("the capture policy does not compile; nothing would be recorded");
        Directory.CreateDirectory(options.Directory);
        return new WalkthroughRecorder(options, folder, filter);
    }

    /// <summary>Records until <paramref name="cancellationToken"/> fires, following the pause flag.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(_options.ControlInterval, _options.Time);
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken).ConfigureAwait(false))
                FollowControl();
        }
        catch (OperationCanceledException)
        {
        }
    }

    private void FollowControl()
    {
        var paused = _folder.IsPaused;
        _pipeline.Paused = paused;
        var status = paused ? "paused" : "recording";
        if (status == _status)
            return;
        _status = status;
        _folder.WriteManifest(_manifest with { Status = status, Screenshots = _writer.Shots });
    }

    private static string Iso(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    /// <summary>Stops recording, stores the last steps with their screenshots, writes the final manifest and
    /// removes the pid file.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
            return;
        _bridge?.Dispose();
        _source.Dispose();
        _pipeline.Dispose();
        _queue.Dispose();
        _writer.Dispose();
        _shooter.Dispose();
        _folder.WriteManifest(_manifest with { Status = "stopped", Ended = Iso(_options.Time.GetUtcNow()), Screenshots = _writer.Shots });
        _folder.DeletePid();
    }
}
