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
internal sealed class ShotTrigger(CapturePipeline pipeline, WindowShooter shooter, ShotQueue queue, PrivacyFilter filter,
    ConcurrentDictionary<Guid, Task<ShotOutcome>> pending) : IEventSink
{
    private static readonly HashSet<string> Kinds = new(StringComparer.Ordinal)
    {
        EventKinds.Click, EventKinds.DoubleClick, EventKinds.RightClick, EventKinds.KeyShortcut, EventKinds.FormSubmit,
    };

    /// <summary>Screenshots waiting for their event to come out of the privacy filter, by event id.</summary>
    public ConcurrentDictionary<Guid, Task<ShotOutcome>> Pending => pending;

    public void Write(UiEvent e)
    {
        if (!pipeline.Paused && Kinds.Contains(e.Kind) && !filter.IsAppDenied(e.App))
            Pending[e.Id] = Shoot(e);
        pipeline.Write(e);
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
