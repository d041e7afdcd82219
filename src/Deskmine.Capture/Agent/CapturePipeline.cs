using System.Text.RegularExpressions;
using System.Threading.Channels;
using Deskmine.Capture.Spool;
using Deskmine.Core;
using Deskmine.Core.Events;
using Deskmine.Privacy;

namespace Deskmine.Capture.Agent;

/// <summary>
/// The agent's pipeline: sources write into it (from any thread); one worker stamps user and machine, joins a
/// desktop click with the page click the browser extension reports for it, runs the privacy filter (fail
/// closed: a dropped event is never stored) and hands the kept events to the spool in batches. While
/// <see cref="Paused"/>, events are discarded before anything else happens.
/// </summary>
/// <remarks>
/// Join timeline (window 300 ms): desktop click into chromium at t, page click at t+40 ms → one event with the
/// desktop's app, window and position and the page's url and element. A click alone is stored after the window.
/// </remarks>
public sealed class CapturePipeline : IEventSink, IDisposable
{
    private readonly Channel<UiEvent> _queue = Channel.CreateUnbounded<UiEvent>(new UnboundedChannelOptions { SingleReader = true });
    // Wakes the worker. A kernel-backed event, not Task.Wait on the channel: that spins (sched_yield) before it
    // blocks, which cost half of the agent's CPU under load.
    private readonly AutoResetEvent _available = new(false);
    private int _disposed;
    private readonly PrivacyFilter _filter;
    private readonly IEventSink _downstream;
    private readonly CapturePipelineOptions _options;
    private readonly Regex _browserApps;
    private readonly List<UiEvent> _held = [];
    private readonly Thread _worker;
    private volatile bool _paused;

    /// <summary>Starts the worker. <paramref name="downstream"/> is usually the <see cref="SqliteSpool"/>.</summary>
    public CapturePipeline(PrivacyFilter filter, IEventSink downstream, CapturePipelineOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(downstream);
        _filter = filter;
        _downstream = downstream;
        _options = (options ?? new CapturePipelineOptions()).Validate();
        var alternatives = _options.BrowserApps.Select(g => Regex.Escape(g).Replace(@"\*", ".*", StringComparison.Ordinal).Replace(@"\?", ".", StringComparison.Ordinal));
        _browserApps = new Regex("^(?:" + string.Join('|', alternatives) + ")$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        _worker = new Thread(Run) { IsBackground = true, Name = "capture-pipeline" };
        _worker.Start();
    }

    /// <summary>Counters.</summary>
    public CaptureStats Stats { get; } = new();

    /// <summary>Whether recording is paused (events are discarded, not stored).</summary>
    public bool Paused
    {
        get => _paused;
        set => _paused = value;
    }

    /// <inheritdoc/>
    public void Write(UiEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        Stats.CountReceived();
        if (_paused)
        {
            Stats.CountPaused();
            return;
        }
        // After Dispose the queue is complete and TryWrite fails: no wake-up of a stopped worker.
        if (_queue.Writer.TryWrite(e))
            _available.Set();
    }

    private long Now() => Timestamps.ToMicros(_options.Time.GetUtcNow());

    private long WindowMicros => (long)_options.JoinWindow.TotalMicroseconds;

    private void Run()
    {
        var reader = _queue.Reader;
        var batch = new List<UiEvent>(_options.MaxBatch);
        while (true)
        {
            while (batch.Count < _options.MaxBatch && reader.TryRead(out var e))
                Accept(e, batch);
            Release(batch, Now(), all: false);
            Store(batch);
            if (reader.Completion.IsCompleted)
                break;
            if (reader.TryPeek(out _))
                continue;
            // Held events (waiting for a partner to join) need a deadline; otherwise sleep until the next event
            // or the end of the queue.
            _available.WaitOne(_held.Count > 0 ? 20 : Timeout.Infinite);
        }
        while (reader.TryRead(out var rest))
            Accept(rest, batch);
        Release(batch, long.MaxValue, all: true);
        Store(batch);
    }

    private void Accept(UiEvent e, List<UiEvent> batch)
    {
        e = e with { User = e.User ?? _options.User, Machine = e.Machine ?? _options.Machine };
        if (WindowMicros == 0 || (!IsJoinable(e) && _held.Count == 0))
        {
            Filter(e, batch);
            return;
        }
        if (!IsJoinable(e))
        {
            // While a click waits for its partner, later events wait behind it so the spool keeps time order.
            _held.Add(e);
            return;
        }
        var desktop = e.Source != "browser";
        for (var i = 0; i < _held.Count; i++)
        {
            var other = _held[i];
            if (!IsJoinable(other))
                continue;
            var otherDesktop = other.Source != "browser";
            if (otherDesktop == desktop || Math.Abs((other.Ts ?? 0) - (e.Ts ?? 0)) > WindowMicros)
                continue;
            _held.RemoveAt(i);
            Stats.CountJoined();
            Filter(Join(desktop ? e : other, desktop ? other : e), batch);
            return;
        }
        _held.Add(e);
    }

    /// <summary>The join window (<see cref="CapturePipelineOptions.JoinWindow"/>) in microseconds.</summary>
    internal long JoinWindowMicros => WindowMicros;

    // Only left clicks are joined: the page reports clicks, the desktop reports every button.
    internal bool IsJoinable(UiEvent e) =>
        e.Kind is EventKinds.Click or EventKinds.DoubleClick
        && (e.Source == "browser" || (e.App is { } app && _browserApps.IsMatch(app)));

    private static UiEvent Join(UiEvent desktop, UiEvent page)
    {
        var attrs = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (k, v) in desktop.Attrs ?? new Dictionary<string, string>())
            attrs[k] = v;
        foreach (var (k, v) in page.Attrs ?? new Dictionary<string, string>())
            attrs[k] = v;
        attrs["joined"] = page.Source;
        return desktop with
        {
            Url = page.Url ?? desktop.Url,
            TargetRole = page.TargetRole ?? desktop.TargetRole,
            TargetName = page.TargetName ?? desktop.TargetName,
            TargetId = page.TargetId ?? desktop.TargetId,
            TargetPath = page.TargetPath ?? desktop.TargetPath,
            Value = page.Value ?? desktop.Value,
            Attrs = attrs,
        };
    }

    private void Release(List<UiEvent> batch, long now, bool all)
    {
        _held.Sort(static (a, b) => (a.Ts ?? 0).CompareTo(b.Ts ?? 0));
        var released = 0;
        while (released < _held.Count && (all || now - (_held[released].Ts ?? 0) > WindowMicros))
            Filter(_held[released++], batch);
        _held.RemoveRange(0, released);
    }

    private void Filter(UiEvent e, List<UiEvent> batch)
    {
        var result = _filter.Apply(e);
        if (result.Event is { } kept)
            batch.Add(kept);
        else
            Stats.CountFiltered();
    }

    private void Store(List<UiEvent> batch)
    {
        if (batch.Count == 0)
            return;
        batch.Sort(static (a, b) => (a.Ts ?? 0).CompareTo(b.Ts ?? 0));
        try
        {
            if (_downstream is SqliteSpool spool)
            {
                spool.AppendBatch(batch);
            }
            else
            {
                foreach (var e in batch)
                    _downstream.Write(e);
            }
            Stats.CountStored(batch.Count);
        }
#pragma warning disable CA1031 // The pipeline keeps running when the spool fails once; the loss is counted.
        catch (Exception)
#pragma warning restore CA1031
        {
            Stats.CountFailed(batch.Count);
        }
        batch.Clear();
    }

    /// <summary>Stores everything still queued or held, then stops the worker.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
            return;
        _queue.Writer.TryComplete();
        _available.Set();
        _worker.Join(TimeSpan.FromSeconds(10));
    }
}
