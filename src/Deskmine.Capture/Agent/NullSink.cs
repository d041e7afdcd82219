using Deskmine.Core.Events;

using Deskmine.Capture.Spool;

namespace Deskmine.Capture.Agent;

/// <summary>A sink that discards events: the state of a source before it is started.</summary>
internal sealed class NullSink : IEventSink
{
    public static NullSink Instance { get; } = new();

    public void Write(UiEvent e)
    {
    }
}
