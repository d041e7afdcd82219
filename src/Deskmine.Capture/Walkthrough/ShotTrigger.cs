using System.Collections.Concurrent;
using Deskmine.Capture.Agent;
using Deskmine.Capture.Spool;
using Deskmine.Core.Events;
using Deskmine.Privacy;

namespace Deskmine.Capture.Walkthrough;

/// <summary>
/// Sits between the sources and the pipeline: for each click, shortcut and form submit it takes the window's pixels
/// at once (on the source's thread, before the screen moves on), queues them for redaction under the event's id,
/// and passes the event on. Nothing is taken while paused or for a denied application.
/// </summary>
/// <remarks>
/// A click into a browser arrives twice, from the desktop and from the extension, and the pipeline joins the two
/// into the desktop's event. One screenshot is taken for the pair, kept under the desktop event's id: a page click
/// that follows a desktop click into a browser within the join window is not shot again, and a page click that came
/// first hands its screenshot to the desktop click that follows it.
/// </remarks>
internal sealed class ShotTrigger(CapturePipeline pipeline, WindowShooter shooter, ShotQueue queue, PrivacyFilter filter,
    ConcurrentDictionary<Guid, Task<ShotOutcome>> pending) : IEventSink
{
    private static readonly HashSet<string> Kinds = new(StringComparer.Ordinal)
    {
        EventKinds.Click, EventKinds.DoubleClick, EventKinds.RightClick, EventKinds.KeyShortcut, EventKinds.FormSubmit,
    };

    /// <summary>Screenshots waiting for their event to come out of the privacy filter, by event id.</summary>
    public ConcurrentDictionary<Guid, Task<ShotOutcome>> Pending => pending;

    private readonly Lock _lock = new();
    // The last shot click of each side that the pipeline may join: (event id, time in µs).
    private (Guid Id, long Ts)? _desktopClick, _pageClick;

    public void Write(UiEvent e)
    {
        if (!pipeline.Paused && Kinds.Contains(e.Kind) && !filter.IsAppDenied(e.App))
        {
            if (!pipeline.IsJoinable(e))
            {
                Pending[e.Id] = Shoot(e);
            }
            else
            {
                // The sources write from their own threads (X11 input, the bridge's HTTP loop).
                lock (_lock)
                    ShootJoinable(e);
            }
        }
        pipeline.Write(e);
    }

    private void ShootJoinable(UiEvent e)
    {
        var ts = e.Ts ?? 0;
        var window = pipeline.JoinWindowMicros;
        if (e.Source == "browser")
        {
            if (_desktopClick is { } d && Math.Abs(ts - d.Ts) <= window)
            {
                // Its desktop click is already shot; the pipeline joins the two into that event.
                _desktopClick = null;
                return;
            }
            Pending[e.Id] = Shoot(e);
            _pageClick = (e.Id, ts);
            return;
        }
        if (_pageClick is { } p && Math.Abs(ts - p.Ts) <= window && Pending.TryRemove(p.Id, out var shot))
        {
            _pageClick = null;
            Pending[e.Id] = shot;
            return;
        }
        Pending[e.Id] = Shoot(e);
        _desktopClick = (e.Id, ts);
    }

    private Task<ShotOutcome> Shoot(UiEvent e)
    {
        RawShot? shot;
        try
        {
            // Page events carry page coordinates, not screen ones: the browser's active window is taken.
            shot = e.Source == "x11" ? shooter.Shoot(e.X, e.Y) : shooter.Shoot(null, null);
        }
#pragma warning disable CA1031 // A failed capture drops the screenshot, never the step.
        catch (Exception)
#pragma warning restore CA1031
        {
            shot = null;
        }
        return shot is null ? Task.FromResult(ShotOutcome.Drop(ShotOutcome.CaptureFailed)) : queue.Enqueue(shot);
    }
}
