using Deskmine.Capture.Spool;
using Deskmine.Core.Events;

namespace Deskmine.Capture.Tests;

/// <summary>A real in-memory sink: keeps what it is given, and lets a test wait for a condition.</summary>
internal sealed class CollectingSink : IEventSink
{
    private readonly List<UiEvent> _events = [];

    public void Write(UiEvent e)
    {
        lock (_events)
        {
            _events.Add(e);
            Monitor.PulseAll(_events);
        }
    }

    public IReadOnlyList<UiEvent> Events
    {
        get
        {
            lock (_events)
                return [.. _events];
        }
    }

    /// <summary>Waits until <paramref name="done"/> holds for the events so far, or the timeout passes.</summary>
    public IReadOnlyList<UiEvent> WaitFor(Func<IReadOnlyList<UiEvent>, bool> done, TimeSpan timeout)
    {
        var until = Environment.TickCount64 + (long)timeout.TotalMilliseconds;
        lock (_events)
        {
            while (!done(_events) && Environment.TickCount64 < until)
                Monitor.Wait(_events, 50);
            return [.. _events];
        }
    }
}
