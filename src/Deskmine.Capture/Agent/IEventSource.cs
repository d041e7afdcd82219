using Deskmine.Capture.Spool;

namespace Deskmine.Capture.Agent;

/// <summary>
/// A recorder of user actions (X11 desktop, browser extension bridge, Windows hooks). A source stamps each event
/// with its time, source name, kind and what it knows of the application and element; the pipeline adds session,
/// sequence, identity and the privacy filter. <see cref="IDisposable.Dispose"/> stops it and flushes pending
/// actions (an unfinished typing burst) into the sink.
/// </summary>
public interface IEventSource : IDisposable
{
    /// <summary>Short name written into <c>source</c> (<c>x11</c>, <c>browser</c>, <c>windows</c>).</summary>
    string Name { get; }

    /// <summary>Starts recording into <paramref name="sink"/>; returns once running.</summary>
    /// <exception cref="InvalidOperationException">The source cannot run here (no display, extension missing …).</exception>
    void Start(IEventSink sink);
}
